"""手動登録: one work day entered by staff, folded like a terminal's."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from api.attendance.choice_checks import choice_errors, visible_worker
from api.attendance.days import DayInput, work_date_of
from api.attendance.errors import WorkDayExists
from api.attendance.fold import fold
from api.attendance.repository import Row, WorkDayRepository
from api.attendance.rules import worked_after_retiring
from api.attendance.schemas import WorkDayCreate
from api.attendance.time_checks import time_errors
from api.attendance.work_day_queries import get_work_day
from api.audit import service as audit
from api.auth.subject import AuthSubject
from api.ccus.hooks import queue_structure, queue_work_days
from api.config import Settings
from api.errors import ValidationFailed, field_error
from api.models.attendance import WorkDaySource
from api.models.tenant import Tenant
from api.sites.reading import get_site


async def create_work_day(
    session: AsyncSession, subject: AuthSubject, settings: Settings, data: WorkDayCreate
) -> Row:
    site = await get_site(session, subject, data.site_id)
    worker = await visible_worker(session, subject, data.worker_id, ["body"])
    tenant = await session.get_one(Tenant, subject.tenant_id)
    first = data.entry_at or data.exit_at
    errors = time_errors(data.entry_at, data.exit_at, settings, ["body"])
    work_date = work_date_of(first, tenant.day_boundary_hour) if first else None
    if worked_after_retiring(worker.retired_on, work_date):
        errors.append(
            field_error(
                ["body", "worker_id"], "worker.retired", "The worker had retired on that day"
            )
        )
    errors += await choice_errors(
        session, subject.tenant_id, worker, data.occupation_id, data.position_code, ["body"]
    )
    if errors:
        raise ValidationFailed(errors=errors)
    assert work_date is not None
    repository = WorkDayRepository(session)
    existing = await repository.get_one_or_none(
        repository.scoped(subject.tenant_id).where(
            repository.model.site_id == site.id,
            repository.model.worker_id == worker.id,
            repository.model.work_date == work_date,
        )
    )
    if existing is not None:
        raise WorkDayExists()
    folded = await fold(
        session,
        subject.tenant_id,
        [
            DayInput(
                site_id=site.id,
                worker_id=worker.id,
                business_id=worker.business_id,
                work_date=work_date,
                entry_at=data.entry_at,
                exit_at=data.exit_at,
                work_location=data.work_location,
                occupation_id=data.occupation_id,
                position_code=data.position_code,
            )
        ],
        WorkDaySource.staff,
    )
    await queue_work_days(session, settings, subject.tenant_id, folded.for_ccus)
    await queue_structure(session, settings, subject.tenant_id, folded.structure_sites)
    work_day_id = folded.days[(site.id, worker.id, work_date)]
    await audit.record(
        session,
        subject,
        "work_day.create",
        "work_day",
        work_day_id,
        audit.diff({}, data.model_dump()),
    )
    return await get_work_day(session, subject, work_day_id)
