"""Samples are linted and formatted with the pinned ruff (settings in ruff.toml)."""

from __future__ import annotations

import subprocess
import sys

from sample_files import ROOT

TARGETS = ["content/questions", "samples", "src/runner", "tests/pyodide"]


def ruff(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ruff", *args, *TARGETS], cwd=ROOT, capture_output=True, text=True
    )


def test_ruff_check() -> None:
    result = ruff("check", "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format() -> None:
    result = ruff("format", "--check", "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr
