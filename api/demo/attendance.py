"""Demo work history: the demo workers on two demo sites over the last two working weeks, entered
the way staff would (手動登録), so the structure, the calendar and CCUS連携 have something to show."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from api.attendance.manual_entry import create_work_day
from api.attendance.repository import WorkDayRepository
from api.attendance.schemas import WorkDayCreate
from api.auth.subject import AuthSubject
from api.config import Settings
from api.kit.japan import TOKYO, business_today
from api.models.site import Site
from api.models.worker import Worker
from api.sites.repository import SiteRepository
from api.workers.repository import WorkerRepository

DEMO_SITE_CODES = ("R06-OISO", "S23_398")
WORKING_DAYS = 10


def recent_working_days(today: date, count: int) -> list[date]:
    """The `count` weekdays before today, oldest first."""
    days: list[date] = []
    day = today
    while len(days) < count:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            days.append(day)
    return sorted(days)


async def load_attendance(session: AsyncSession, subject: AuthSubject, settings: Settings) -> int:
    """Add the demo work days once: a tenant that already has work history is left alone."""
    tenant_id = subject.tenant_id
    if await WorkDayRepository(session).any_for(tenant_id):
        return 0
    sites = SiteRepository(session)
    site_ids = [
        site.id
        for site in await sites.get_all(
            sites.scoped(tenant_id).where(Site.code.in_(DEMO_SITE_CODES))
        )
    ]
    repository = WorkerRepository(session)
    workers = [
        worker.id
        for worker in await repository.get_all(repository.scoped(tenant_id).order_by(Worker.code))
    ]
    added = 0
    days = recent_working_days(business_today(), WORKING_DAYS)
    for index, worker_id in enumerate(workers):
        # Each worker on one site, so the two sites have different crews.
        site_id = site_ids[index % len(site_ids)]
        for day in days:
            await create_work_day(
                session,
                subject,
                settings,
                WorkDayCreate(
                    site_id=site_id,
                    worker_id=worker_id,
                    entry_at=datetime.combine(day, time(8, 0), TOKYO),
                    exit_at=datetime.combine(day, time(17, 0), TOKYO),
                ),
            )
            added += 1
    return added
