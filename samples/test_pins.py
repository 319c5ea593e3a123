"""The browser version set must pin exactly what the in-browser Python (Pyodide) ships."""

from __future__ import annotations

import json
import re

from sample_files import ROOT, all_samples, declared_dependencies

LOCK = ROOT / "node_modules" / "pyodide" / "pyodide-lock.json"
REQUIREMENTS = ROOT / "samples" / "requirements-browser.txt"
LOCAL_ONLY_MARKER = "# local-only"


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def read_pins() -> tuple[dict[str, str], dict[str, str]]:
    """(pins that must match the lock, pins for packages the browser runtime does not ship)."""
    browser: dict[str, str] = {}
    local_only: dict[str, str] = {}
    target = browser
    for line in REQUIREMENTS.read_text().splitlines():
        if line.strip().lower().startswith(LOCAL_ONLY_MARKER):
            target = local_only
            continue
        line = line.split("#")[0].strip()
        if line:
            name, version = line.split("==")
            target[normalise(name)] = version.strip()
    return browser, local_only


def lock_packages() -> dict[str, dict]:
    assert LOCK.exists(), f"{LOCK} is missing: run `npm install` first"
    return {normalise(name): pkg for name, pkg in json.loads(LOCK.read_text())["packages"].items()}


def with_dependencies(names: set[str], lock: dict[str, dict]) -> set[str]:
    seen: set[str] = set()
    todo = [n for n in names if n in lock]
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo += [normalise(d) for d in lock[name].get("depends", []) if normalise(d) in lock]
    return seen


def test_browser_pins_equal_the_pyodide_lock() -> None:
    browser, _ = read_pins()
    lock = lock_packages()
    drift = {
        name: (version, lock[name]["version"] if name in lock else "not in lock")
        for name, version in browser.items()
        if name not in lock or lock[name]["version"] != version
    }
    assert not drift, (
        f"requirements-browser.txt differs from pyodide-lock.json (pinned, lock): {drift}"
    )


def test_every_dependency_a_sample_declares_is_pinned() -> None:
    browser, local_only = read_pins()
    lock = lock_packages()
    declared = {dep for sample in all_samples() for dep in declared_dependencies(sample)}
    needed = with_dependencies(declared, lock)
    missing = sorted(needed - browser.keys())
    assert not missing, (
        f"pin these at the pyodide-lock.json version in requirements-browser.txt: {missing}"
    )
    unknown = sorted(d for d in declared if d not in lock and d not in local_only)
    assert not unknown, f"not shipped by Pyodide; pin under '{LOCAL_ONLY_MARKER}': {unknown}"
