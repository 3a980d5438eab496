"""One schemathesis campaign's verdict: server errors and schema violations never pass; every
other failing check passes only when each problem code of its answer is documented as intended
(reliability/fuzz_expected.py)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from reliability.fuzz_events import Failure
from reliability.fuzz_expected import intended

# A server error (ST100 not_a_server_error) or an answer outside its declared status codes,
# content types, headers or schema (ST101–ST105 …): never let pass, whatever the answer says.
GATED_PREFIX = "ST1"


def documented_as(failure: Failure) -> list[str] | None:
    """The documented (check, problem code) pairs a failure is let pass by, or None."""
    if intended(failure.check, "*") is not None:
        return [f"{failure.check} *"]
    if failure.check.startswith(GATED_PREFIX) or not failure.problems:
        return None
    if all(intended(failure.check, problem) for problem in failure.problems):
        return [f"{failure.check} {problem}" for problem in failure.problems]
    return None


@dataclass
class Campaign:
    who: str
    cases: int = 0
    failures: Counter[Failure] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    complete: bool = False
    output: str = ""

    @property
    def server_errors(self) -> int:
        return sum(n for failure, n in self.failures.items() if failure.check == "ST100")

    @property
    def violations(self) -> list[str]:
        """Gated failures (server errors, schema violations): never let pass."""
        return sorted(
            {_label(failure) for failure in self.failures if failure.check.startswith(GATED_PREFIX)}
            - {_label(failure) for failure in self.failures if documented_as(failure)}
        )

    @property
    def undocumented(self) -> list[str]:
        """Other failures an undocumented problem code (or no problem at all) answered."""
        return sorted(
            _label(failure)
            for failure in self.failures
            if not failure.check.startswith(GATED_PREFIX) and documented_as(failure) is None
        )

    @property
    def documented(self) -> dict[str, int]:
        """Failing cases let pass, by the documented (check, problem code) they carry."""
        counts: Counter[str] = Counter()
        for failure, n in self.failures.items():
            for key in documented_as(failure) or []:
                counts[key] += n
        return dict(counts.most_common())

    @property
    def ok(self) -> bool:
        return self.complete and not self.violations and not self.undocumented and not self.errors

    def summary(self) -> dict[str, Any]:
        return {
            "who": self.who,
            "cases": self.cases,
            "failing_cases": sum(self.failures.values()),
            "server_errors": self.server_errors,
            "violations": self.violations,
            "undocumented": self.undocumented,
            "documented": self.documented,
            "errors": self.errors,
            "complete": self.complete,
            "ok": self.ok,
        }


def _label(failure: Failure) -> str:
    problems = ",".join(failure.problems) or "-"
    return f"{failure.check} {failure.operation} {failure.status} {problems}"
