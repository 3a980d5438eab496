"""The terminal events endpoint, and a stored time in Tokyo as the tests compare it."""

from __future__ import annotations

from datetime import datetime

from api.kit.japan import TOKYO

URL = "/api/v1/terminal/events"


def tokyo_minute(value: datetime | None) -> str | None:
    return value.astimezone(TOKYO).strftime("%Y-%m-%d %H:%M") if value else None
