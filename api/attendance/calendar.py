"""月別カレンダー and each worker's progress toward the CCUS skill-level thresholds."""

from __future__ import annotations

import calendar
from datetime import date
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
)
from api.auth.subject import AuthSubject
from api.models.attendance import WorkDay
from api.models.ccus_status import CcusStatus
from api.sites.service import get_site
from api.workers.errors import WorkerNotFound
from api.workers.repository import WorkerRepository


def day_state(work_day: WorkDay) -> DayState:
    if work_day.entry_at is None:
        return DayState.exit_only
    return DayState.complete if work_day.exit_at is not None else DayState.open


def month_bounds(month: str) -> tuple[date, date]:
    year, number = (int(part) for part in month.split("-"))
    return date(year, number, 1), date(year, number, calendar.monthrange(year, number)[1])


async def site_calendar(
    session: AsyncSession, subject: AuthSubject, site_id: UUID, month: str
) -> SiteCalendar:
    site = await get_site(session, subject, site_id)
    first, last = month_bounds(month)
    workers: dict[UUID, CalendarWorker] = {}
    for work_day, worker in await WorkDayRepository(session).month(
        subject.tenant_id, site.id, first, last
    ):
        entry = workers.get(worker.id)
        if entry is None:
            entry = workers[worker.id] = CalendarWorker(
                worker=Ref(
                    id=worker.id, code=worker.code, name=f"{worker.family_name} {worker.given_name}"
                ),
                business_id=work_day.business_id,
                days={},
                total_days=0,
                ccus_valid_days=0,
            )
        entry.days[work_day.work_date] = CalendarDay(
            work_day_id=work_day.id,
            state=day_state(work_day),
            ccus_status=work_day.ccus_status.value,
        )
        entry.total_days += 1
        entry.ccus_valid_days += work_day.ccus_status is CcusStatus.synced
    return SiteCalendar(site_id=site.id, month=month, workers=list(workers.values()))


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
