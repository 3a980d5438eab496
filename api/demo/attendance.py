"""Demo work history: each demo worker on their site (`demo_site`) over the last two working weeks
(or their last `demo_days`), entered the way staff would (手動登録), so the structure, the
calendar and CCUS連携 have something to show: a contractor's week, mostly ○, with the demo's
open scenarios (demo.json `scenarios`)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from api.attendance.manual_entry import create_work_day
from api.attendance.partition_repository import ensure_months
from api.attendance.repository import WorkDayRepository
from api.attendance.schemas import WorkDayCreate
from api.auth.subject import AuthSubject
from api.config import Settings
from api.demo.data import demo_data
from api.kit.japan import TOKYO, business_today
from api.models.worker import Worker
from api.sites.repository import SiteRepository
from api.workers.repository import WorkerRepository

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
    site_ids = {site.code: site.id for site in await sites.get_all(sites.scoped(tenant_id))}
    repository = WorkerRepository(session)
    workers = {
        worker.code: worker.id
        for worker in await repository.get_all(repository.scoped(tenant_id).order_by(Worker.code))
    }
    added = 0
    # A database migrated a while ago may not have this month's partitions yet.
    await ensure_months(session, business_today(), settings.history_months_ahead)
    days = recent_working_days(business_today(), WORKING_DAYS)
    for item in demo_data()["workers"]:
        if item["code"] not in workers or item["demo_site"] not in site_ids:
            continue
        for day in days[-item.get("demo_days", WORKING_DAYS) :]:
            await create_work_day(
                session,
                subject,
                settings,
                WorkDayCreate(
                    site_id=site_ids[item["demo_site"]],
                    worker_id=workers[item["code"]],
                    entry_at=datetime.combine(day, time(8, 0), TOKYO),
                    exit_at=datetime.combine(day, time(17, 0), TOKYO),
                ),
            )
            added += 1
    return added


def demo_work_days() -> int:
    """How many work days the demo adds."""
    return sum(item.get("demo_days", WORKING_DAYS) for item in demo_data()["workers"])
