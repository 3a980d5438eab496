"""Checks of entered entry and exit times: one of them given, in order, neither in the future
nor older than CCUS accepts."""

from __future__ import annotations

from datetime import datetime

from api.attendance.rules import TimeWindow
from api.config import Settings
from api.errors import FieldError, field_error

_FUTURE = {
    "entry_at": "The entry lies in the future: enter a time up to now.",
    "exit_at": (
        "The exit lies in the future: leave it open while the worker is on site and enter it"
        " after they leave."
    ),
}


def time_errors(
    entry_at: datetime | None, exit_at: datetime | None, settings: Settings, loc: list[str | int]
) -> list[FieldError]:
    if entry_at is None and exit_at is None:
        return [
            field_error(
                [*loc, "entry_at"], "work_day.time_required", "Enter an entry or an exit time"
            )
        ]
    errors = []
    if entry_at is not None and exit_at is not None and exit_at < entry_at:
        errors.append(
            field_error(
                [*loc, "exit_at"], "work_day.exit_before_entry", "The exit is before the entry"
            )
        )
    window = TimeWindow.at(settings)
    for name, value in (("entry_at", entry_at), ("exit_at", exit_at)):
        if value is not None and window.in_future(value):
            errors.append(field_error([*loc, name], "work_day.in_future", _FUTURE[name]))
        elif value is not None and window.too_old(value):
            errors.append(field_error([*loc, name], "time.too_old", "Older than CCUS accepts"))
    return errors
