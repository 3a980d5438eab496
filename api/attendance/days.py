"""Which calendar day an instant belongs to: Asia/Tokyo, shifted by the tenant's day boundary
(日替わり時刻), so a night shift's exit after midnight belongs to the day it started."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

TOKYO = ZoneInfo("Asia/Tokyo")


def work_date_of(instant: datetime, day_boundary_hour: int) -> date:
    return (instant.astimezone(TOKYO) - timedelta(hours=day_boundary_hour)).date()


def at_tokyo(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=TOKYO)
