from __future__ import annotations

from datetime import datetime

from api.ccus.policy import after_maintenance, due_at, in_maintenance, send_at
from api.config import Settings
from api.kit.japan import TOKYO
from api.models.ccus_outbox import OutboxKind


def _tokyo(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=TOKYO)


def test_changes_go_out_the_next_night(plain_settings: Settings) -> None:
    monday = _tokyo("2026-11-23 14:00")
    assert send_at(monday, plain_settings).astimezone(TOKYO) == _tokyo("2026-11-24 02:00")


def test_thursday_maintenance_holds_everything_until_friday_night(plain_settings: Settings) -> None:
    wednesday, thursday = _tokyo("2026-11-25 10:00"), _tokyo("2026-11-26 10:00")
    assert send_at(wednesday, plain_settings).astimezone(TOKYO) == _tokyo("2026-11-27 23:00")
    assert send_at(thursday, plain_settings).astimezone(TOKYO) == _tokyo("2026-11-27 23:00")
    assert in_maintenance(_tokyo("2026-11-27 22:59"), plain_settings)
    assert not in_maintenance(_tokyo("2026-11-27 23:00"), plain_settings)


def test_windows_are_settings_not_code(plain_settings: Settings) -> None:
    monday_window = plain_settings.model_copy(
        update={"ccus_maintenance_weekdays": [0], "ccus_resume_hour": 6}
    )
    sunday = _tokyo("2026-11-22 12:00")
    assert send_at(sunday, monday_window).astimezone(TOKYO) == _tokyo("2026-11-24 06:00")
    one_off = plain_settings.model_copy(
        update={
            "ccus_maintenance_weekdays": [],
            "ccus_maintenance_dates": [_tokyo("2026-12-01 00:00").date()],
        }
    )
    assert send_at(_tokyo("2026-11-30 09:00"), one_off).astimezone(TOKYO) == _tokyo(
        "2026-12-02 23:00"
    )
    immediate = plain_settings.model_copy(
        update={"ccus_send_policy": "immediate", "ccus_maintenance_weekdays": []}
    )
    assert send_at(sunday, immediate) == sunday


def test_the_next_day_is_tokyo_s_next_day_even_while_utc_is_a_day_behind(
    plain_settings: Settings,
) -> None:
    # 05:00 on Tuesday in Tokyo is still Monday in UTC: the change goes out Wednesday 02:00.
    tuesday_dawn = _tokyo("2026-11-24 05:00")
    assert send_at(tuesday_dawn, plain_settings).astimezone(TOKYO) == _tokyo("2026-11-25 02:00")


def test_a_window_that_never_ends_gives_up_after_30_days(plain_settings: Settings) -> None:
    always = plain_settings.model_copy(update={"ccus_maintenance_weekdays": list(range(7))})
    start = _tokyo("2026-11-24 10:00")
    assert after_maintenance(start, always).astimezone(TOKYO) == _tokyo("2026-12-24 23:00")


def test_structure_is_due_within_minutes_outside_maintenance(plain_settings: Settings) -> None:
    monday = _tokyo("2026-11-23 14:00")
    structure = due_at(OutboxKind.structure, monday, plain_settings)
    assert structure.astimezone(TOKYO) == _tokyo("2026-11-23 14:05")
    day = due_at(OutboxKind.work_day, monday, plain_settings)
    assert day.astimezone(TOKYO) == _tokyo("2026-11-24 02:00")
    # Five minutes before Thursday's window: pushed past it, to Friday 23:00.
    late = due_at(OutboxKind.structure, _tokyo("2026-11-25 23:58"), plain_settings)
    assert late.astimezone(TOKYO) == _tokyo("2026-11-27 23:00")
    immediate = plain_settings.model_copy(update={"ccus_send_policy": "immediate"})
    assert due_at(OutboxKind.structure, monday, immediate) == monday
