"""Japan's clock: CCUS, the seed and every business date count in Asia/Tokyo, whatever zone
the server runs in, so "today" is asked here and nowhere else."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Date, cast, func, literal_column

TOKYO = ZoneInfo("Asia/Tokyo")


def tokyo_text(value: datetime, pattern: str) -> str:
    """An instant as Japan reads it. One that a datetime cannot hold in Tokyo (stored before the
    API bounded its input: late on 9999-12-31 UTC) is shown as stored, never an error that
    fails a whole export or list."""
    try:
        return value.astimezone(TOKYO).strftime(pattern)
    except (OverflowError, ValueError):
        return value.isoformat()


def business_today(now: datetime | None = None) -> date:
    """The date in Japan at `now` (an aware instant; the current one by default)."""
    return (now or datetime.now(UTC)).astimezone(TOKYO).date()


def tokyo_date(instant: Any) -> ColumnElement[date]:
    """The date in Japan of a timestamptz column, as PostgreSQL computes it. The zone is inlined,
    not bound, so the same expression can stand in SELECT and GROUP BY."""
    return cast(func.timezone(literal_column(f"'{TOKYO.key}'"), instant), Date)
