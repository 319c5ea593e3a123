"""The browser version set pins exactly the wheels the site serves to Pyodide, so "tested" means
tested on what the in-browser Run button executes (src/runner/wheels-lock.json)."""

from __future__ import annotations

import json

from browser_wheels import pins as read_pins
from sample_files import ROOT, all_samples, declared_dependencies

WHEELS_LOCK = ROOT / "src" / "runner" / "wheels-lock.json"
PYODIDE_LOCK = ROOT / "node_modules" / "pyodide" / "pyodide-lock.json"


def wheels() -> dict[str, dict]:
    return json.loads(WHEELS_LOCK.read_text())["packages"]


def test_browser_pins_equal_the_served_wheels() -> None:
    served = {name: pkg["version"] for name, pkg in wheels().items()}
    assert read_pins() == served, (
        "requirements-browser.txt and src/runner/wheels-lock.json differ: "
        "run `python3 samples/browser_wheels.py lock` after changing a pin"
    )


def test_served_wheels_fit_the_installed_pyodide() -> None:
    lock = json.loads(WHEELS_LOCK.read_text())
    installed = json.loads(PYODIDE_LOCK.read_text())["info"]
    assert lock["pyodide"] == installed, (
        "the pyodide npm package changed: re-run browser_wheels.py lock"
    )
    for pkg in lock["packages"].values():
        platform = pkg["file"].removesuffix(".whl").split("-")[-1]
        assert platform in ("any", f"pyemscripten_{installed['abi_version']}_wasm32"), pkg["file"]


def test_every_dependency_a_sample_declares_is_served_with_its_own() -> None:
    served = wheels()
    declared = {dep for sample in all_samples() for dep in declared_dependencies(sample)}
    unknown = sorted(declared - served.keys())
    assert not unknown, f"samples declare packages the site does not serve: {unknown}"
    for name, pkg in served.items():
        missing = [dep for dep in pkg["depends"] if dep not in served]
        assert not missing, f"{name} needs {missing}, which are not served"
