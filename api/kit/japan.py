"""Japan's clock: CCUS, the seed and every business date count in Asia/Tokyo, whatever zone
the server runs in, so "today" is asked here and nowhere else."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

TOKYO = ZoneInfo("Asia/Tokyo")


def japan_now() -> datetime:
    return datetime.now(UTC).astimezone(TOKYO)


def business_today(now: datetime | None = None) -> date:
    """The date in Japan at `now` (an aware instant; the current one by default)."""
    return (now or datetime.now(UTC)).astimezone(TOKYO).date()
