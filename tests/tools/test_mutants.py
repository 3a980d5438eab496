"""The mutation runner's own logic: reading patches, judging a pytest run, scoring reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tools.mutants.baseline import Baseline
from tools.mutants.curated import PytestRun, verdict_of
from tools.mutants.patches import PatchFormatError, parse
from tools.mutants.pure import changed_lines
from tools.mutants.stryker import read

DIFF = "diff --git a/api/x.py b/api/x.py\n--- a/api/x.py\n+++ b/api/x.py\n"


def _patch(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "some-bug.patch"
    path.write_text(text)
    return path


def test_a_patch_is_read_as_header_and_diff(tmp_path: Path) -> None:
    mutant = parse(_patch(tmp_path, f"Mutant: off by one\nKill: tests/a.py::t -k x\n\n{DIFF}"))
    assert (mutant.slug, mutant.description, mutant.diff) == ("some-bug", "off by one", DIFF)
    assert mutant.kill == ("tests/a.py::t", "-k", "x")


@pytest.mark.parametrize(
    "text",
    [
        f"Mutant: no kill line\n\n{DIFF}",
        f"Kill: tests/a.py\n\n{DIFF}",
        f"Mutant: x\nKill: tests/a.py\n{DIFF}",
        f"Mutant: x\nKill: tests/a.py\nNote: y\n\n{DIFF}",
        "Mutant: x\nKill: tests/a.py\n\nnot a diff\n",
    ],
    ids=["no-kill", "no-mutant", "no-blank-line", "unknown-header", "no-diff"],
)
def test_a_malformed_patch_is_refused(tmp_path: Path, text: str) -> None:
    with pytest.raises(PatchFormatError):
        parse(_patch(tmp_path, text))


@pytest.mark.parametrize(
    ("run", "verdict"),
    [
        (PytestRun(1, 1, 0, "FAILED tests/a.py::t - assert 1 == 2"), "killed"),
        (PytestRun(0, 0, 0, "1 passed"), "survived"),
        (PytestRun(1, 0, 1, "ERROR tests/a.py::t - fixture"), "error"),
        (PytestRun(2, 0, 1, "ImportError"), "error"),
        (PytestRun(4, 0, 0, "file or directory not found"), "error"),
        (PytestRun(5, 0, 0, "no tests ran"), "error"),
        (PytestRun(None, 0, 0, ""), "error"),
    ],
    ids=["failed", "passed", "setup-error", "collection", "usage", "none-collected", "timeout"],
)
def test_only_failing_tests_kill_a_mutant(run: PytestRun, verdict: str) -> None:
    assert verdict_of(run, 60)[0] == verdict


def test_the_failing_test_ids_are_read_from_the_summary() -> None:
    run = PytestRun(1, 2, 0, "x\nFAILED tests/a.py::t[1] - boom\nERROR tests/b.py::u\n1 failed")
    assert run.failed_ids() == ["tests/a.py::t[1]", "tests/b.py::u"]


def test_the_stryker_score_counts_killed_and_timeouts_against_survivors(tmp_path: Path) -> None:
    statuses = ["Killed", "Killed", "Timeout", "Survived", "NoCoverage", "CompileError", "Ignored"]
    report = tmp_path / "mutation.json"
    mutants = [
        {"status": s, "mutatorName": "M", "location": {"start": {"line": 3}}} for s in statuses
    ]
    report.write_text(json.dumps({"files": {"src/a.ts": {"mutants": mutants}}}))
    score = read(report)
    assert score is not None
    assert (score.detected, score.counted, score.score) == (3, 5, 60.0)
    assert score.survivors == ["src/a.ts:3 M (Survived) ", "src/a.ts:3 M (NoCoverage) "]
    assert read(tmp_path / "absent.json") is None


def test_an_allow_listed_change_is_matched_against_the_mutant_diff() -> None:
    diff = "--- a.py\n+++ a.py\n@@ -1,2 +1,2 @@\n def f():\n-    return a < b\n+    return a <= b"
    assert changed_lines(diff) == ["return a < b", "return a <= b"]


def test_a_mutant_is_blamed_only_for_its_own_tests_failing_unpatched(tmp_path: Path) -> None:
    mutant = parse(_patch(tmp_path, f"Mutant: m\nKill: tests/a.py::t tests/b.py -k x\n\n{DIFF}"))
    assert Baseline(["tests/c.py::t", "tests/a.py::tt"]).blames(mutant) is None
    assert Baseline(["tests/a.py::t[1]"]).blames(mutant) == (
        "its Kill tests fail without the patch: tests/a.py::t[1]"
    )
    assert Baseline(["tests/b.py::u"]).blames(mutant) is not None
    assert Baseline([], "timed out").blames(mutant) == (
        "the unpatched run of the Kill tests failed: timed out"
    )
