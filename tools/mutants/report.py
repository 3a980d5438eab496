"""The one table `make mutants` prints, and the lists under it."""

from __future__ import annotations

from collections.abc import Sequence

from tools.mutants.curated import Outcome
from tools.mutants.pure import THRESHOLD, PureResults
from tools.mutants.stryker import StrykerScore


def _row(name: str, detected: str, total: str, score: str, status: str) -> str:
    return f"  {name:<44} {detected:>8} {total:>7} {score:>8}  {status}"


def _percent(value: float) -> str:
    return f"{value:.1f} %"


def table(
    curated: Sequence[Outcome] | None,
    pure: PureResults | None,
    stryker: StrykerScore | None,
    *,
    stryker_asked: bool = True,
) -> list[str]:
    lines = [_row("mutants", "killed", "total", "score", ""), "  " + "-" * 78]
    if curated is None:
        lines.append(_row("curated (tests/mutants/*.patch)", "-", "-", "-", "not run"))
    else:
        killed = sum(outcome.verdict == "killed" for outcome in curated)
        lines.append(
            _row(
                "curated (tests/mutants/*.patch)",
                str(killed),
                str(len(curated)),
                _percent(100.0 * killed / len(curated)) if curated else "-",
                "ok" if killed == len(curated) else "FAIL: every one must be killed",
            )
        )
    if pure is None:
        lines.append(_row("mutmut (pure modules)", "-", "-", "-", "not run"))
    else:
        for module in pure.modules:
            equivalent = f" ({len(module.equivalent)} equivalent)" if module.equivalent else ""
            lines.append(
                _row(
                    f"mutmut {module.path}",
                    str(module.detected),
                    str(module.counted),
                    _percent(module.score),
                    ("ok" if module.score >= THRESHOLD else "below 80 %") + equivalent,
                )
            )
        lines.append(
            _row(
                "mutmut overall",
                str(pure.detected),
                str(pure.counted),
                _percent(pure.score),
                "ok" if pure.score >= THRESHOLD else f"FAIL: below {THRESHOLD:.0f} %",
            )
        )
    if stryker is None:
        status = "not run (npm --prefix frontend run mutants)" if stryker_asked else "skipped"
        lines.append(_row("Stryker (frontend)", "-", "-", "-", status))
    else:
        lines.append(
            _row(
                "Stryker (frontend)",
                str(stryker.detected),
                str(stryker.counted),
                _percent(stryker.score),
                "from frontend/reports/mutation/mutation.json",
            )
        )
    return lines
