"""When a change may go to CCUS. Nothing here hard-codes a weekday: it is all settings."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from api.config import Settings
from api.kit.japan import TOKYO
from api.models.ccus_outbox import OutboxKind


def in_maintenance(moment: datetime, settings: Settings) -> bool:
    """Inside a window: a maintenance weekday or date, until the resume hour of the next day."""
    local = moment.astimezone(TOKYO)
    day = local.date()
    if (
        day.weekday() in settings.ccus_maintenance_weekdays
        or day in settings.ccus_maintenance_dates
    ):
        return True
    previous = day - timedelta(days=1)
    held = (
        previous.weekday() in settings.ccus_maintenance_weekdays
        or previous in settings.ccus_maintenance_dates
    )
    return held and local.hour < settings.ccus_resume_hour


def after_maintenance(moment: datetime, settings: Settings) -> datetime:
    """The first instant at or after `moment` outside every window."""
    candidate = moment
    for _ in range(30):
        if not in_maintenance(candidate, settings):
            return candidate
        day = candidate.astimezone(TOKYO).date()
        window_day = (
            day.weekday() in settings.ccus_maintenance_weekdays
            or day in settings.ccus_maintenance_dates
        )
        # Inside a window day: it ends the next day at the resume hour; on that next day
        # before the resume hour, it ends the same day.
        resume_day = day + timedelta(days=1) if window_day else day
        candidate = datetime.combine(resume_day, time(settings.ccus_resume_hour), TOKYO)
    return candidate


def send_at(now: datetime, settings: Settings) -> datetime:
    """When a change made `now` is due: the next send hour (next day by default), or at once
    under the immediate policy — then pushed past any maintenance window."""
    if settings.ccus_send_policy == "immediate":
        due = now
    else:
        local = now.astimezone(TOKYO)
        due = datetime.combine(
            local.date() + timedelta(days=1), time(settings.ccus_send_hour), TOKYO
        )
    return after_maintenance(due, settings).astimezone(UTC)


def due_at(kind: OutboxKind, now: datetime, settings: Settings) -> datetime:
    """When a change of this kind made `now` is due: 施工体制 within minutes (the seed sends it
    the same day), everything else by `send_at` — each pushed past any maintenance window."""
    if kind is not OutboxKind.structure:
        return send_at(now, settings)
    delay = 0 if settings.ccus_send_policy == "immediate" else settings.ccus_structure_delay_minutes
    return after_maintenance(now + timedelta(minutes=delay), settings).astimezone(UTC)
