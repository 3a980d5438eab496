"""The one retry policy: exponential, capped, full jitter; Retry-After wins; a row's later try
lands outside maintenance."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from api.ccus.backoff import ROW_CEILING_SECONDS, backoff, row_retry_at
from api.ccus.gateway import CcusUnavailable
from api.ccus.policy import in_maintenance
from api.config import Settings


def _ceiling(low: float, high: float) -> float:
    return high


def test_the_ceiling_doubles_per_attempt_up_to_the_cap() -> None:
    assert [backoff(n, 0.5, 3.0, _ceiling) for n in range(1, 6)] == [0.5, 1.0, 2.0, 3.0, 3.0]


def test_full_jitter_draws_between_zero_and_the_ceiling() -> None:
    drawn: list[tuple[float, float]] = []

    def record(low: float, high: float) -> float:
        drawn.append((low, high))
        return low

    assert backoff(3, 1.0, 60.0, record) == 0.0
    assert drawn == [(0.0, 4.0)]
    assert all(0.0 <= backoff(4, 1.0, 60.0) <= 8.0 for _ in range(200))


def test_a_row_waits_what_ccus_asked_or_its_jittered_backoff(settings: Settings) -> None:
    every_day_open = settings.model_copy(update={"ccus_maintenance_weekdays": []})
    asked = CcusUnavailable("SYSA0001E", "busy", retry_after=120)
    before = datetime.now(UTC)
    at = row_retry_at(1, asked, every_day_open, _ceiling)
    assert before + timedelta(seconds=120) <= at <= datetime.now(UTC) + timedelta(seconds=120)

    silent = CcusUnavailable("SYSA0001E", "down")
    at = row_retry_at(50, silent, every_day_open, _ceiling)
    assert at - datetime.now(UTC) <= timedelta(seconds=ROW_CEILING_SECONDS)
    assert at - before >= timedelta(seconds=ROW_CEILING_SECONDS - 1)
    assert row_retry_at(2, silent, every_day_open, lambda low, high: low) - before < timedelta(
        seconds=1
    )


def test_a_row_is_never_due_inside_a_maintenance_window(settings: Settings) -> None:
    weekdays = settings.model_copy(update={"ccus_maintenance_weekdays": list(range(7))[:6]})
    at = row_retry_at(1, CcusUnavailable("SYSA0001E", "down"), weekdays, _ceiling)
    assert not in_maintenance(at, weekdays)
