"""月別カレンダー and each worker's progress toward the CCUS skill-level thresholds."""

from __future__ import annotations

import calendar
from datetime import date, datetime
from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.attendance.repository import WorkDayRepository
from api.attendance.schemas import (
    SKILL_THRESHOLDS,
    CalendarDay,
    CalendarWorker,
    Career,
    DayState,
    Ref,
    SiteCalendar,
    Threshold,
    UsageFee,
)
from api.auth.subject import AuthSubject
from api.models.attendance import WorkDay
from api.models.ccus_state import CcusState
from api.sites.reading import get_site
from api.workers.errors import WorkerNotFound
from api.workers.repository import WorkerRepository


def state_of(entry_at: datetime | None, exit_at: datetime | None) -> DayState:
    if entry_at is None:
        return DayState.exit_only
    return DayState.complete if exit_at is not None else DayState.open


def day_state(work_day: WorkDay) -> DayState:
    return state_of(work_day.entry_at, work_day.exit_at)


def month_bounds(month: str) -> tuple[date, date]:
    year, number = (int(part) for part in month.split("-"))
    return date(year, number, 1), date(year, number, calendar.monthrange(year, number)[1])


async def site_calendar(
    session: AsyncSession, subject: AuthSubject, site_id: UUID, month: str
) -> SiteCalendar:
    site = await get_site(session, subject, site_id)
    first, last = month_bounds(month)
    workers: dict[UUID, dict[str, Any]] = {}
    for row in await WorkDayRepository(session).month(subject.tenant_id, site.id, first, last):
        entry = workers.get(row.worker_id)
        if entry is None:
            entry = workers[row.worker_id] = {
                "worker": Ref(
                    id=row.worker_id, code=row.code, name=f"{row.family_name} {row.given_name}"
                ),
                "business_id": row.business_id,
                "days": {},
                "total_days": 0,
                "ccus_valid_days": 0,
            }
        entry["days"][row.work_date] = CalendarDay(
            work_day_id=row.id,
            state=state_of(row.entry_at, row.exit_at),
            ccus_status=row.ccus_status.value,
            ccus_state=row.ccus_state,
            ccus_hold_code=row.ccus_hold_code,
            ccus_error_code=row.ccus_error_code,
        )
        entry["total_days"] += 1
        entry["ccus_valid_days"] += row.ccus_state is CcusState.succeeded
    return SiteCalendar(
        site_id=site.id,
        month=month,
        workers=[CalendarWorker(**entry) for entry in workers.values()],
    )


async def career(session: AsyncSession, subject: AuthSubject, worker_id: UUID) -> Career:
    worker = await WorkerRepository(session).get_visible(subject, worker_id)
    if worker is None:
        raise WorkerNotFound()
    total, valid = await WorkDayRepository(session).day_counts(subject.tenant_id, worker.id)
    return Career(
        worker_id=worker.id,
        total_days=total,
        ccus_valid_days=valid,
        thresholds=[
            Threshold(level=level, days=days, reached=valid >= days, remaining=max(0, days - valid))
            for level, days in SKILL_THRESHOLDS.items()
        ],
    )


SITE_USAGE_FEE_YEN = 10


async def usage_fee(
    session: AsyncSession, subject: AuthSubject, site_id: UUID, month: str
) -> UsageFee:
    """10 yen per person-day per site (a work day is one person-day)."""
    site = await get_site(session, subject, site_id)
    first, last = month_bounds(month)
    days = await WorkDayRepository(session).person_days(subject.tenant_id, site.id, first, last)
    return UsageFee(
        site_id=site.id,
        month=month,
        person_days=days,
        unit_yen=SITE_USAGE_FEE_YEN,
        fee_yen=days * SITE_USAGE_FEE_YEN,
    )
