"""Staff deleting one work day; CCUS, if it may hold the day, learns that it is gone."""

from __future__ import annotations

from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.attendance.work_day_edit import EDITABLE
from api.attendance.work_day_queries import get_work_day
from api.audit import service as audit
from api.auth.subject import AuthSubject
from api.ccus.hooks import queue_work_day_deletion
from api.config import Settings
from api.models.ccus_status import CcusStatus
from api.webhooks import announce
from api.webhooks.events import EventType


async def delete_work_day(
    session: AsyncSession, subject: AuthSubject, settings: Settings, work_day_id: UUID
) -> None:
    work_day, site, worker, business = await get_work_day(session, subject, work_day_id)
    linked = site.ccus_site_id and business.ccus_business_id and worker.ccus_worker_id
    if work_day.ccus_status is not CcusStatus.not_linked and linked:
        # CCUS may hold the day already: it must learn that the day is gone.
        await queue_work_day_deletion(
            session,
            settings,
            subject.tenant_id,
            {
                "work_day_id": work_day.id,
                "site_id": site.ccus_site_id,
                "business_id": business.ccus_business_id,
                "worker_id": worker.ccus_worker_id,
                "work_date": work_day.work_date.isoformat(),
            },
        )
    snapshot = {
        field: getattr(work_day, field)
        for field in ("site_id", "worker_id", "work_date", *EDITABLE)
    }
    await announce.work_day(
        session,
        subject.tenant_id,
        EventType.work_day_deleted,
        work_day.id,
        work_day.site_id,
        work_day.worker_id,
        work_day.work_date,
    )
    await session.delete(work_day)
    await audit.record(
        session, subject, "work_day.delete", "work_day", work_day_id, audit.diff(snapshot, {})
    )
    await session.flush()
