"""The fold bounds an update of waiting events by the whole Tokyo months they fall in: the
partitions' bounds, which are Tokyo month starts, not UTC ones."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from api.attendance.event_repository import months_spanned
from api.kit.japan import TOKYO

_US = timedelta(microseconds=1)


def test_one_instant_spans_its_tokyo_month() -> None:
    # 2026-01-31 15:00 UTC is already 1 February in Tokyo.
    bounds = months_spanned([datetime(2026, 1, 31, 15, 0, tzinfo=UTC)])
    assert bounds["earliest"] == datetime(2026, 2, 1, tzinfo=TOKYO)
    assert bounds["latest"] == datetime(2026, 3, 1, tzinfo=TOKYO) - _US


def test_times_across_a_year_end_span_every_month_between() -> None:
    times = [
        datetime(2026, 12, 31, 14, 59, 59, 999999, tzinfo=UTC),  # 23:59:59 on 31 Dec in Tokyo
        datetime(2026, 11, 30, 15, 0, tzinfo=UTC),  # 1 December in Tokyo
        datetime(2027, 2, 28, 15, 0, tzinfo=UTC),  # 1 March in Tokyo
    ]
    bounds = months_spanned(times)
    assert bounds["earliest"] == datetime(2026, 12, 1, tzinfo=TOKYO)
    assert bounds["latest"] == datetime(2027, 4, 1, tzinfo=TOKYO) - _US


def test_a_month_start_is_its_own_month() -> None:
    start = datetime(2026, 3, 1, tzinfo=TOKYO)
    bounds = months_spanned([start, start + timedelta(days=31) - _US])
    assert bounds == {"earliest": start, "latest": start + timedelta(days=31) - _US}


def test_no_times_no_bounds() -> None:
    assert months_spanned([]) == {"earliest": None, "latest": None}
