"""Every sample runs to completion and prints exactly its recorded .out (run by run_samples.py)."""

from __future__ import annotations

import difflib
import sys
from pathlib import Path

import pytest
from sample_files import ROOT, TIMEOUT_SECONDS, all_samples, declared_dependencies, run_sample

SAMPLES = all_samples()


def test_there_are_samples() -> None:
    assert SAMPLES, "no samples found under content/questions/*/"


@pytest.mark.parametrize(
    "sample", SAMPLES, ids=lambda p: str(p.relative_to(ROOT / "content/questions"))
)
def test_sample_prints_its_recorded_output(sample: Path) -> None:
    declared_dependencies(sample)  # a sample without a valid PEP 723 header fails here
    expected_file = sample.with_suffix(".out")
    assert expected_file.exists(), f"{expected_file.name} is missing: run `npm run samples:update`"
    result = run_sample(sys.executable, sample)
    if result.timed_out:
        pytest.fail(f"{sample.name} did not finish within {TIMEOUT_SECONDS} s and was killed")
    if result.returncode != 0:
        pytest.fail(f"{sample.name} exited with {result.returncode}:\n{result.stderr}")
    expected = expected_file.read_text()
    if result.stdout != expected:
        diff = difflib.unified_diff(
            expected.splitlines(keepends=True),
            result.stdout.splitlines(keepends=True),
            fromfile=f"{expected_file.name} (recorded)",
            tofile=f"{sample.name} (this run)",
        )
        pytest.fail("output differs from the recorded .out:\n" + "".join(diff))
