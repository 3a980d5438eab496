"""The demo tenant's data, read from demo.json (example values from the seed's screens)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from api.config import get_settings

DEMO_ADMIN_EMAIL = "admin@genba-demo.jp"
DEMO_FILE = Path(__file__).with_name("demo.json")


def demo_admin_password() -> str:
    return get_settings().demo_admin_password.get_secret_value()


@lru_cache
def demo_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(DEMO_FILE.read_text(encoding="utf-8"))
    return data
