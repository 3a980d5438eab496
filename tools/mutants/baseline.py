"""The unpatched run of every Kill test: a test failing without the patch proves nothing about
a mutant."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from tools.mutants.curated import run_pytest, verdict_of
from tools.mutants.patches import ROOT, CuratedMutant, missing_kill_targets
from tools.mutants.scratch import scratch_copy


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
