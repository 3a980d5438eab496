"""The business date is Japan's, whatever the server's zone, and asked in one place."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

from api.kit.japan import business_today

API = Path(__file__).resolve().parents[2] / "api"


def test_business_date_turns_at_midnight_in_japan_not_utc() -> None:
    assert business_today(datetime(2026, 11, 30, 14, 59, tzinfo=UTC)) == date(2026, 11, 30)
    assert business_today(datetime(2026, 11, 30, 15, 0, tzinfo=UTC)) == date(2026, 12, 1)


def test_no_module_takes_the_servers_local_date_or_its_own_japan_zone() -> None:
    local_clock = re.compile(r"date\.today\(\)|datetime\.now\(\)|ZoneInfo\(\"Asia/Tokyo\"\)")
    offenders = [
        str(path.relative_to(API.parent))
        for path in API.rglob("*.py")
        if path.name != "japan.py" and local_clock.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
