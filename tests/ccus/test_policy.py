from __future__ import annotations

from datetime import datetime

from api.ccus.policy import in_maintenance, send_at
from api.config import Settings
from api.kit.japan import TOKYO


def _tokyo(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=TOKYO)


def test_changes_go_out_the_next_night(settings: Settings) -> None:
    monday = _tokyo("2026-11-23 14:00")
    assert send_at(monday, settings).astimezone(TOKYO) == _tokyo("2026-11-24 02:00")


def test_thursday_maintenance_holds_everything_until_friday_night(settings: Settings) -> None:
    wednesday, thursday = _tokyo("2026-11-25 10:00"), _tokyo("2026-11-26 10:00")
    assert send_at(wednesday, settings).astimezone(TOKYO) == _tokyo("2026-11-27 23:00")
    assert send_at(thursday, settings).astimezone(TOKYO) == _tokyo("2026-11-27 23:00")
    assert in_maintenance(_tokyo("2026-11-27 22:59"), settings)
    assert not in_maintenance(_tokyo("2026-11-27 23:00"), settings)


def test_windows_are_settings_not_code(settings: Settings) -> None:
    monday_window = settings.model_copy(
        update={"ccus_maintenance_weekdays": [0], "ccus_resume_hour": 6}
    )
    sunday = _tokyo("2026-11-22 12:00")
    assert send_at(sunday, monday_window).astimezone(TOKYO) == _tokyo("2026-11-24 06:00")
    one_off = settings.model_copy(
        update={
            "ccus_maintenance_weekdays": [],
            "ccus_maintenance_dates": [_tokyo("2026-12-01 00:00").date()],
        }
    )
    assert send_at(_tokyo("2026-11-30 09:00"), one_off).astimezone(TOKYO) == _tokyo(
        "2026-12-02 23:00"
    )
    immediate = settings.model_copy(
        update={"ccus_send_policy": "immediate", "ccus_maintenance_weekdays": []}
    )
    assert send_at(sunday, immediate) == sunday
