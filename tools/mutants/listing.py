"""The lists under `make mutants`' table: curated verdicts, survivors, allow-listed and stale
entries."""

from __future__ import annotations

from collections.abc import Sequence

from tools.mutants.curated import Outcome
from tools.mutants.pure import PureResults
from tools.mutants.stryker import StrykerScore


def details(
    curated: Sequence[Outcome] | None, pure: PureResults | None, stryker: StrykerScore | None
) -> list[str]:
    lines: list[str] = []
    if curated:
        lines += ["", "Curated mutants:"]
        for outcome in curated:
            lines.append(
                f"  {outcome.verdict:<8} {outcome.mutant.slug} ({outcome.seconds:.0f} s): "
                f"{outcome.mutant.description}"
            )
            if outcome.verdict != "killed":
                lines += [f"           {line}" for line in outcome.detail.splitlines()]
    if pure:
        survivors = [(name, status) for module in pure.modules for name, status in module.survivors]
        if survivors:
            lines += ["", f"Surviving mutmut mutants ({len(survivors)}; `mutmut show NAME`):"]
            for name, status in survivors:
                change = " | ".join(_changes(pure.diffs[name]))
                lines.append(f"  {status:<9} {name}: {change}")
        by_reason: dict[str, list[str]] = {}
        for module in pure.modules:
            for entry in module.equivalent:
                by_reason.setdefault(entry.reason, []).append(entry.name)
        if by_reason:
            count = sum(len(names) for names in by_reason.values())
            lines += ["", f"Allow-listed in tests/mutants/equivalent.toml ({count}):"]
            for reason, names in by_reason.items():
                lines += [f"  {reason}", *(f"      {name}" for name in names)]
        if pure.stale:
            lines += ["", "Stale entries in tests/mutants/equivalent.toml (fix or remove them):"]
            lines += [f"  {entry.name}: {why}" for entry, why in pure.stale]
    if stryker and stryker.survivors:
        lines += ["", f"Surviving Stryker mutants ({len(stryker.survivors)}):"]
        lines += [f"  {survivor}" for survivor in stryker.survivors]
    return lines


def _changes(diff: str) -> list[str]:
    body = [line for line in diff.splitlines() if not line.startswith(("---", "+++"))]
    return [line[:1] + " " + line[1:].strip() for line in body if line.startswith(("-", "+"))]
