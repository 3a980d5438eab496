"""Japan's clock: CCUS, the seed and every business date count in Asia/Tokyo, whatever zone
the server runs in, so "today" is asked here and nowhere else."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

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
