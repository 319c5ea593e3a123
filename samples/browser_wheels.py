#!/usr/bin/env python3
"""Records the wheels the in-browser runner serves: src/runner/wheels-lock.json.

  python3 samples/browser_wheels.py lock    download every pin in requirements-browser.txt as a
                                            wheel Pyodide can load, and write name, version, file,
                                            sha256, dependencies and the top-level names it makes
                                            importable (so edited code that imports a package
                                            gets its wheel) to the lock file

pip checks each download against the hash PyPI publishes; the build (scripts/prepare-pyodide.mjs)
then checks the files it serves against the sha256 recorded here.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REQUIREMENTS = ROOT / "samples" / "requirements-browser.txt"
LOCK = ROOT / "src" / "runner" / "wheels-lock.json"
PYODIDE_LOCK = ROOT / "node_modules" / "pyodide" / "pyodide-lock.json"


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pins() -> dict[str, str]:
    found = {}
    for line in REQUIREMENTS.read_text().splitlines():
        line = line.split("#")[0].strip()
        if line:
            name, version = line.split("==")
            found[normalise(name)] = version.strip()
    return found


def platform_args() -> list[str]:
    info = json.loads(PYODIDE_LOCK.read_text())["info"]
    major, minor = info["python"].split(".")[:2]
    return [
        "--only-binary=:all:",
        "--no-deps",
        "--platform",
        f"pyemscripten_{info['abi_version']}_wasm32",
        "--python-version",
        f"{major}.{minor}",
        "--implementation",
        "cp",
        "--abi",
        f"cp{major}{minor}",
    ]


def requires(wheel: Path) -> list[str]:
    """Runtime dependencies from the wheel's METADATA (extras and non-matching markers left out)."""
    with zipfile.ZipFile(wheel) as archive:
        meta = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        text = archive.read(meta).decode()
    deps = []
    for line in text.splitlines():
        if not line.startswith("Requires-Dist:"):
            continue
        spec = line.split(":", 1)[1].strip()
        marker = spec.split(";", 1)[1] if ";" in spec else ""
        if "extra ==" in marker or "python_version < " in marker:
            continue
        deps.append(normalise(re.split(r"[\s<>=!~;\[(]", spec, maxsplit=1)[0]))
    return sorted(set(deps))


def import_names(wheel: Path) -> list[str]:
    """Top-level modules and packages the wheel installs (`jwt` for PyJWT), from its file list."""
    with zipfile.ZipFile(wheel) as archive:
        tops = {name.split("/")[0] if "/" in name else name for name in archive.namelist()}
    names = set()
    for top in tops:
        if top.endswith((".dist-info", ".data")) or top == "__pycache__":
            continue
        if "." in top:
            stem, suffix = top.split(".", 1)
            if suffix == "py" or suffix.endswith(("so", "pyd")):
                names.add(stem)
        else:
            names.add(top)
    return sorted(names)


def lock() -> int:
    packages = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, version in sorted(pins().items()):
            before = set(Path(tmp).iterdir())
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "pip",
                    "download",
                    "-q",
                    "-d",
                    tmp,
                    *platform_args(),
                    f"{name}=={version}",
                ],
                check=True,
            )
            (wheel,) = set(Path(tmp).iterdir()) - before
            packages[name] = {
                "version": version,
                "file": wheel.name,
                "sha256": hashlib.sha256(wheel.read_bytes()).hexdigest(),
                "depends": requires(wheel),
                "imports": import_names(wheel),
            }
            print(f"{wheel.name}")
    missing = {d for p in packages.values() for d in p["depends"]} - packages.keys()
    if missing:
        print(f"dependencies without a pin in {REQUIREMENTS.name}: {sorted(missing)}")
        return 1
    info = json.loads(PYODIDE_LOCK.read_text())["info"]
    LOCK.write_text(json.dumps({"pyodide": info, "packages": packages}, indent=2) + "\n")
    print(f"wrote {LOCK.relative_to(ROOT)} ({len(packages)} wheels)")
    return 0


if __name__ == "__main__":
    if sys.argv[1:] != ["lock"]:
        print(__doc__)
        sys.exit(2)
    sys.exit(lock())
