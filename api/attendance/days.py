"""Which calendar day an instant belongs to: Asia/Tokyo, shifted by the tenant's day boundary
(日替わり時刻), so a night shift's exit after midnight belongs to the day it started."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from api.kit.japan import TOKYO


def work_date_of(instant: datetime, day_boundary_hour: int) -> date:
    return (instant.astimezone(TOKYO) - timedelta(hours=day_boundary_hour)).date()
