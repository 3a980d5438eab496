"""The rules every way into attendance follows — terminal events, 手動登録, 一括登録 and edits —
each written once. The answer codes differ by path (a terminal's event vs a form field); the
rules do not."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from uuid import UUID

from api.auth.subject import AuthSubject
from api.config import Settings


@dataclass(frozen=True)
class TimeWindow:
    """The instants attendance accepts: not in the future (beyond a terminal clock's
    tolerance), not older than attendance is kept for."""

    earliest: datetime
    latest: datetime

    @classmethod
    def at(cls, settings: Settings, now: datetime | None = None) -> TimeWindow:
        now = now or datetime.now(UTC)
        return cls(
            earliest=now - timedelta(days=settings.attendance_max_age_days),
            latest=now + timedelta(seconds=settings.attendance_future_tolerance_seconds),
        )

    def in_future(self, instant: datetime) -> bool:
        return instant > self.latest

    def too_old(self, instant: datetime) -> bool:
        return instant < self.earliest


def worked_after_retiring(retired_on: date | None, work_date: date | None) -> bool:
    """A day after the retirement date (退職日) cannot be worked; the date itself can."""
    return retired_on is not None and work_date is not None and work_date > retired_on


def exit_left_open_too_long(work_date: date, today: date) -> bool:
    """Staff may leave a day's exit open only while the day is under way (the worker is still
    on site); a past day entered by hand needs its exit."""
    return work_date < today


def site_in_scope(subject: AuthSubject, site_id: UUID) -> bool:
    """A key limited to some sites (a gate terminal's) writes attendance for those only."""
    return subject.site_ids is None or site_id in subject.site_ids
