"""Running curated mutants: each in a scratch copy of the work tree with its patch applied, its
Kill tests run there with the project's interpreter, so the mutated code is what they import."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from xml.etree import ElementTree

from tools.mutants.patches import ROOT, CuratedMutant
from tools.mutants.scratch import apply_patch, scratch_copy

TAIL = 1500

Verdict = Literal["killed", "survived", "error"]


@dataclass(frozen=True)
class Outcome:
    mutant: CuratedMutant
    verdict: Verdict
    detail: str
    seconds: float


@dataclass(frozen=True)
class PytestRun:
    returncode: int | None  # None: timed out
    failures: int
    errors: int
    output: str

    def failed_ids(self) -> list[str]:
        return [
            line.split(" ", 1)[1].split(" - ", 1)[0]
            for line in self.output.splitlines()
            if line.startswith(("FAILED ", "ERROR "))
        ]


def run_pytest(
    tree: Path, args: Sequence[str], timeout: float, *, first_failure: bool
) -> PytestRun:
    junit = tree / ".mutant-junit.xml"
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "-rfE"]
    command += ["-x"] if first_failure else []
    command += [f"--junitxml={junit}", *args]
    env = {**os.environ, "PYTHONPATH": str(tree)}
    try:
        result = subprocess.run(
            command, check=False, cwd=tree, env=env, timeout=timeout, capture_output=True, text=True
        )
    except subprocess.TimeoutExpired as expired:
        output = expired.stdout if isinstance(expired.stdout, str) else ""
        return PytestRun(None, 0, 0, output)
    failures = errors = 0
    if junit.exists():
        for suite in ElementTree.parse(junit).getroot().iter("testsuite"):
            failures += int(suite.get("failures", "0"))
            errors += int(suite.get("errors", "0"))
    return PytestRun(result.returncode, failures, errors, result.stdout + result.stderr)


def verdict_of(run: PytestRun, timeout: float) -> tuple[Verdict, str]:
    """Only failing tests kill. A timeout, no tests collected, a collection or setup error is
    the harness failing, not the mutant being caught."""
    tail = run.output[-TAIL:]
    if run.returncode is None:
        return "error", f"timed out after {timeout:.0f} s\n{tail}"
    if run.returncode == 0:
        return "survived", "the Kill tests passed with the patch applied"
    if run.returncode == 1 and run.failures:
        return "killed", ", ".join(run.failed_ids()) or f"{run.failures} failed"
    reasons = {
        1: "tests errored (setup or teardown) without failing",
        2: "collection error or interrupted",
        3: "pytest internal error",
        4: "pytest usage error (bad Kill arguments?)",
        5: "no tests collected",
    }
    return "error", f"{reasons.get(run.returncode, f'exit {run.returncode}')}\n{tail}"


def run_mutant(mutant: CuratedMutant, timeout: float, root: Path = ROOT) -> Outcome:
    started = time.monotonic()
    with scratch_copy(root) as tree:
        refused = apply_patch(mutant, tree)
        if refused is not None:
            return Outcome(mutant, "error", f"the patch does not apply: {refused}", 0.0)
        verdict, detail = verdict_of(
            run_pytest(tree, mutant.kill, timeout, first_failure=True), timeout
        )
    return Outcome(mutant, verdict, detail, time.monotonic() - started)
