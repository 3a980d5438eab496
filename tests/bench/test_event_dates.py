"""P1's events lie within the window the API accepts (365 days back, none ahead) whatever the
day the benchmark runs: a fixed date ran out a year after it was written."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from api.config import Settings
from bench.event_batches import days_ago

# The latest day P1 dates its events on, counted from its start (warm-up at +300, a few days).
P1_SPAN_DAYS = 310


def test_the_first_and_last_days_of_p1_are_accepted() -> None:
    now = datetime.now(UTC)
    start = days_ago()
    assert start > now - timedelta(days=Settings().attendance_max_age_days)
    assert start + timedelta(days=P1_SPAN_DAYS, hours=23) < now
