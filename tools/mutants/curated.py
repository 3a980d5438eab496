"""Running curated mutants: each in a scratch copy of the work tree with its patch applied, its
Kill tests run there with the project's interpreter, so the mutated code is what they import."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from xml.etree import ElementTree

from tools.mutants.patches import ROOT, CuratedMutant, missing_kill_targets

# Never copied: environments, data, mutmut's own copy. Ignored folders that tests read but no
# mutant changes (the built SPA, the SPA's packages, downloaded tools) are linked instead.
SKIPPED = (".venv/", ".data/", ".git/", "mutants/", "node_modules/", ".tools/")
LINKED = ("frontend/dist", "frontend/node_modules", ".tools")
TAIL = 1500

Verdict = Literal["killed", "survived", "error"]


@dataclass(frozen=True)
class Outcome:
    mutant: CuratedMutant
    verdict: Verdict
    detail: str
    seconds: float


def tree_files(root: Path = ROOT) -> list[str]:
    """Tracked and untracked-but-not-ignored files, as the work tree has them now."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=root,
        check=True,
        capture_output=True,
    ).stdout.decode()
    return [
        name
        for name in dict.fromkeys(listed.split("\0"))
        if name
        and not any(name.startswith(prefix) or f"/{prefix}" in name for prefix in SKIPPED)
        and (root / name).is_file()
    ]


@contextmanager
def scratch_copy(root: Path = ROOT) -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="genba-mutant-") as scratch:
        tree = Path(scratch)
        for name in tree_files(root):
            target = tree / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(root / name, target)
            _copy_bytecode(root / name, target)
        for name in LINKED:
            if (root / name).exists():
                (tree / name).parent.mkdir(parents=True, exist_ok=True)
                (tree / name).symlink_to(root / name)
        yield tree


def _copy_bytecode(source: Path, target: Path) -> None:
    """Compiled modules come along (with their source's mtime, copy2 keeps them valid): a
    cold import of the app costs seconds. Python recompiles whatever the patch changes."""
    if source.suffix != ".py":
        return
    for compiled in (source.parent / "__pycache__").glob(f"{source.stem}.*.pyc"):
        (target.parent / "__pycache__").mkdir(exist_ok=True)
        shutil.copy2(compiled, target.parent / "__pycache__" / compiled.name)


def apply_patch(mutant: CuratedMutant, tree: Path) -> str | None:
    """None once applied; otherwise what git said."""
    result = subprocess.run(
        ["git", "apply", "--verbose", "-"],
        check=False,
        cwd=tree,
        input=mutant.diff,
        text=True,
        capture_output=True,
    )
    return None if result.returncode == 0 else (result.stderr or result.stdout).strip()


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


@dataclass(frozen=True)
class Baseline:
    """The Kill tests of every mutant, run once on an unpatched copy: a test failing there
    proves nothing about a mutant. `broken` says why the run itself failed, if it did."""

    failed: list[str]
    broken: str | None = None

    def blames(self, mutant: CuratedMutant) -> str | None:
        if self.broken:
            return f"the unpatched run of the Kill tests failed: {self.broken}"
        mine = [
            failed
            for failed in self.failed
            for target in _targets(mutant.kill)
            if failed == target or failed.startswith((f"{target}::", f"{target}["))
        ]
        return f"its Kill tests fail without the patch: {', '.join(mine)}" if mine else None


def unpatched(mutants: Sequence[CuratedMutant], timeout: float, root: Path = ROOT) -> Baseline:
    # Kill arguments naming nothing are left out here; their own run reports them.
    runnable = [m for m in mutants if not missing_kill_targets(m, root)]
    targets = list(dict.fromkeys(arg for m in runnable for arg in _targets(m.kill)))
    if not targets:
        return Baseline([])
    with scratch_copy(root) as tree:
        run = run_pytest(tree, targets, timeout * len(runnable), first_failure=False)
    if run.returncode == 0:
        return Baseline([])
    if run.returncode == 1 and run.failed_ids():
        return Baseline(run.failed_ids())
    return Baseline([], verdict_of(run, timeout)[1])


def _targets(kill: Sequence[str]) -> Iterator[str]:
    args = iter(kill)
    for arg in args:
        if arg in ("-k", "-m"):
            next(args, None)
        elif not arg.startswith("-"):
            yield arg
