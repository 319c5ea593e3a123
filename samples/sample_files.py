"""Finding and running samples; shared by the runner and the tests."""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ROOT / "content" / "questions"
TIMEOUT_SECONDS = 10


@dataclass
class SampleRun:
    stdout: str
    stderr: str
    returncode: int | None
    timed_out: bool


def all_samples() -> list[Path]:
    return sorted(QUESTIONS.glob("*/*.py"))


def run_sample(python: Path | str, sample: Path) -> SampleRun:
    """Runs one sample as its own process, from its folder, with no network-dependent env tweaks."""
    env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONIOENCODING": "utf-8", "NO_COLOR": "1"}
    try:
        done = subprocess.run(
            [str(python), sample.name],
            cwd=sample.parent,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_SECONDS,
            env=env,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired as expired:
        partial = expired.stdout or b""
        text = partial.decode(errors="replace") if isinstance(partial, bytes) else partial
        return SampleRun(text, "", None, True)
    return SampleRun(done.stdout, done.stderr, done.returncode, False)


def declared_dependencies(sample: Path) -> list[str]:
    """Package names from the PEP 723 `# /// script` block (version specifiers dropped)."""
    lines = sample.read_text().splitlines()
    try:
        start = lines.index("# /// script")
        end = lines.index("# ///", start + 1)
    except ValueError as missing:
        raise ValueError(f"{sample}: no PEP 723 '# /// script' block") from missing
    toml = "\n".join(line.removeprefix("#").removeprefix(" ") for line in lines[start + 1 : end])
    import tomllib

    deps = tomllib.loads(toml).get("dependencies")
    if deps is None:
        raise ValueError(f"{sample}: PEP 723 block has no 'dependencies' list")
    names = []
    for dep in deps:
        name = dep.split(";")[0]
        for sep in "<>=!~[ ":
            name = name.split(sep)[0]
        names.append(name.strip().lower().replace("_", "-"))
    return names
