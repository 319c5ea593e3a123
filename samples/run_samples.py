#!/usr/bin/env python3
"""Sample runner: keeps one virtual environment per version set and runs the sample suite in it.

  python3 samples/run_samples.py test [--set browser|latest|all]  run samples, compare with .out
  python3 samples/run_samples.py update [PATH ...]                rewrite .out (browser set), for
                                                                  every sample or those under PATHs

Version sets: `browser` pins what the in-browser Python (Pyodide) ships; `latest` takes the newest
releases. Both must pass. Only `update` writes .out files.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES_DIR = ROOT / "samples"
VENV_ROOT = ROOT / ".venv-samples"
SETS = {
    "browser": [SAMPLES_DIR / "requirements-browser.txt", SAMPLES_DIR / "requirements-tools.txt"],
    "latest": [SAMPLES_DIR / "requirements-latest.txt", SAMPLES_DIR / "requirements-tools.txt"],
}
LATEST_MAX_AGE_SECONDS = 24 * 3600


def venv_python(name: str) -> Path:
    return VENV_ROOT / name / "bin" / "python"


def ensure_venv(name: str) -> Path:
    """Creates or refreshes the set's environment; reused while its requirements are unchanged."""
    requirements = SETS[name]
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in requirements)).hexdigest()
    stamp = VENV_ROOT / name / ".requirements-sha256"
    python = venv_python(name)
    fresh = stamp.exists() and stamp.read_text() == digest and python.exists()
    if fresh and name == "latest":
        fresh = time.time() - stamp.stat().st_mtime < LATEST_MAX_AGE_SECONDS
    if fresh:
        return python
    print(f"samples: preparing the '{name}' environment in {python.parent.parent}", flush=True)
    if not python.exists():
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV_ROOT / name)
    args = [
        str(python),
        "-m",
        "pip",
        "install",
        "--quiet",
        "--disable-pip-version-check",
        "--upgrade",
    ]
    for requirement in requirements:
        args += ["-r", str(requirement)]
    subprocess.run(args, check=True)
    stamp.write_text(digest)
    return python


def describe(python: Path) -> str:
    code = (
        "import sys, importlib.metadata as m, importlib.util as u; "
        "print(sys.version.split()[0], *(f'{p}=={m.version(p)}' for p in "
        "('fastapi', 'pydantic', 'starlette', 'httpx', 'httpx2') if u.find_spec(p)))"
    )
    return subprocess.run([str(python), "-c", code], capture_output=True, text=True).stdout.strip()


def run_tests(set_names: list[str], extra: list[str]) -> int:
    status = 0
    runs = []
    for name in set_names:
        python = ensure_venv(name)
        env = {**os.environ, "SAMPLES_VERSION_SET": name, "PYTHONDONTWRITEBYTECODE": "1"}
        tests = [str(SAMPLES_DIR / "test_samples.py"), str(SAMPLES_DIR / "claims")]
        if name == "browser":
            tests += [
                str(SAMPLES_DIR / "test_pins.py"),
                str(SAMPLES_DIR / "test_lint.py"),
                str(SAMPLES_DIR / "test_claims_coverage.py"),
            ]
        cmd = [str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider", *tests, *extra]
        runs.append((f"\nsamples [{name}]: Python {describe(python)}", cmd, env))
    if len(runs) == 1:
        header, cmd, env = runs[0]
        print(header, flush=True)
        return subprocess.run(cmd, cwd=ROOT, env=env).returncode
    # The sets run side by side, one pytest each, so two cores take about 40% less time; each set's
    # report is printed when it is complete.
    started = [
        (
            header,
            subprocess.Popen(
                cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
            ),
        )
        for header, cmd, env in runs
    ]
    for header, process in started:
        output, _ = process.communicate()
        print(header, flush=True)
        print(output, end="", flush=True)
        status |= process.returncode
    return status


def update(paths: list[str]) -> int:
    sys.path.insert(0, str(SAMPLES_DIR))
    from sample_files import all_samples, run_sample

    python = ensure_venv("browser")
    wanted = [Path(p).resolve() for p in paths]
    samples = [s for s in all_samples() if not wanted or any(s.is_relative_to(w) for w in wanted)]
    if wanted and not samples:
        print(f"no samples under {', '.join(paths)}")
        return 1
    failures = 0
    for sample in samples:
        result = run_sample(python, sample)
        if result.timed_out or result.returncode != 0:
            failures += 1
            reason = "timed out" if result.timed_out else f"exit {result.returncode}"
            print(f"FAILED {sample.relative_to(ROOT)} ({reason}); .out kept\n{result.stderr}")
            continue
        out = sample.with_suffix(".out")
        changed = not out.exists() or out.read_text() != result.stdout
        out.write_text(result.stdout)
        print(f"{'wrote  ' if changed else 'same   '} {out.relative_to(ROOT)}")
    return 1 if failures else 0


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("command", choices=["test", "update"])
    parser.add_argument("--set", choices=["browser", "latest", "all"], default="all")
    args, extra = parser.parse_known_args()
    if extra[:1] == ["--"]:  # as in `test -- -k slug`: the separator is not for pytest
        extra = extra[1:]
    if args.command == "update":
        return update(extra)
    names = list(SETS) if args.set == "all" else [args.set]
    return run_tests(names, extra)


if __name__ == "__main__":
    sys.exit(main())
