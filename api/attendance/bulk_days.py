"""一括登録, one row at a time: the row's work days (its own date, or every day of the batch's
range) and the instants of each, checked as the form's fields."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from api.attendance.rules import TimeWindow, exit_left_open_too_long
from api.attendance.schemas import BulkRow
from api.errors import FieldError, field_error
from api.kit.japan import TOKYO

Loc = list[str | int]

FUTURE_ENTRY = (
    "{day}: the entry lies in the future. Enter a time up to now; a day still under way is"
    " entered with its exit left open."
)
FUTURE_EXIT = (
    "{day}: the exit lies in the future. Leave the exit open while the worker is on site and"
    " enter it after they leave."
)
OPEN_PAST_DAY = "{day} is over: enter the exit. Only today's work day may be left open."


@dataclass(frozen=True)
class DayTimes:
    work_date: date
    entry_at: datetime
    exit_at: datetime | None


@dataclass
class RowDays:
    days: list[DayTimes] = field(default_factory=list)
    errors: list[FieldError] = field(default_factory=list)


def instants(day: date, entry: time, exit_: time | None, boundary: int) -> DayTimes:
    # The work day runs from its boundary hour to the next day's: an earlier clock time is the
    # next morning's, where a terminal's event at that instant would fold.
    start = day + timedelta(days=entry.hour < boundary)
    entry_at = datetime.combine(start, entry, TOKYO)
    exit_at = None
    if exit_ is not None:
        next_day = exit_ <= entry
        exit_at = datetime.combine(start + timedelta(days=next_day), exit_, TOKYO)
    return DayTimes(day, entry_at, exit_at)


def row_days(
    row: BulkRow,
    days: list[date],
    loc: Loc,
    window: TimeWindow,
    boundary: int,
    today: date,
) -> RowDays:
    """The row's work days, or the errors of its fields. A dated row (its own work_date) names
    its own fields; a row of the range names the range, as before per-row dates."""
    found = RowDays()
    dated = row.work_date is not None
    date_loc: Loc = [*loc, "work_date"] if dated else ["body", "date_from"]
    for day in days:
        times = instants(day, row.entry_time, row.exit_time, boundary)
        text = day.isoformat()
        if window.in_future(times.entry_at):
            found.errors.append(
                field_error(
                    [*loc, "entry_time"], "work_day.in_future", FUTURE_ENTRY.format(day=text)
                )
            )
        elif times.exit_at is not None and window.in_future(times.exit_at):
            found.errors.append(
                field_error([*loc, "exit_time"], "work_day.in_future", FUTURE_EXIT.format(day=text))
            )
        elif window.too_old(times.entry_at):
            found.errors.append(field_error(date_loc, "time.too_old", f"{text} is too old"))
        elif dated and times.exit_at is None and exit_left_open_too_long(day, today):
            found.errors.append(
                field_error(
                    [*loc, "exit_time"], "work_day.exit_required", OPEN_PAST_DAY.format(day=text)
                )
            )
        else:
            found.days.append(times)
            continue
        break
    return found
