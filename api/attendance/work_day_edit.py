"""Staff editing one work day (修正); CCUS learns of the change."""

from __future__ import annotations

from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.attendance.choice_checks import choice_errors
from api.attendance.days import work_date_of
from api.attendance.repository import Row
from api.attendance.schemas import WorkDayUpdate
from api.attendance.time_checks import time_errors
from api.attendance.work_day_queries import get_work_day
from api.audit import service as audit
from api.auth.subject import AuthSubject
from api.ccus.hooks import queue_work_days
from api.config import Settings
from api.errors import ValidationFailed, field_error
from api.models.ccus_state import CcusState
from api.models.ccus_status import CcusStatus
from api.models.tenant import Tenant
from api.webhooks import announce
from api.webhooks.events import EventType

EDITABLE = ("entry_at", "exit_at", "occupation_id", "position_code", "work_location")


async def update_work_day(
    session: AsyncSession,
    subject: AuthSubject,
    settings: Settings,
    work_day_id: UUID,
    data: WorkDayUpdate,
) -> Row:
    work_day, site, worker, _ = await get_work_day(session, subject, work_day_id)
    before = {field: getattr(work_day, field) for field in EDITABLE}
    changes = data.model_dump(exclude_unset=True)
    after = {**before, **changes}
    errors = time_errors(after["entry_at"], after["exit_at"], settings, ["body"])
    tenant = await session.get_one(Tenant, subject.tenant_id)
    first = after["entry_at"] or after["exit_at"]
    if first is not None and work_date_of(first, tenant.day_boundary_hour) != work_day.work_date:
        errors.append(
            field_error(
                ["body", "entry_at" if after["entry_at"] else "exit_at"],
                "work_day.date_changed",
                "The time belongs to another day; register that day instead",
            )
        )
    errors += await choice_errors(
        session,
        subject.tenant_id,
        worker,
        changes.get("occupation_id"),
        changes.get("position_code"),
        ["body"],
    )
    if errors:
        raise ValidationFailed(errors=errors)
    for field, value in changes.items():
        setattr(work_day, field, value)
    difference = audit.diff(before, after)
    if difference:
        if site.ccus_site_id:
            work_day.ccus_status, work_day.ccus_state = CcusStatus.pending, CcusState.pending
            work_day.ccus_hold_code = None
        await audit.record(session, subject, "work_day.update", "work_day", work_day.id, difference)
        await session.flush()
        await queue_work_days(
            session, settings, subject.tenant_id, [(work_day.id, work_day.work_date)]
        )
        await announce.work_day(
            session,
            subject.tenant_id,
            EventType.work_day_changed,
            work_day.id,
            work_day.site_id,
            work_day.worker_id,
            work_day.work_date,
        )
    await session.flush()
    return await get_work_day(session, subject, work_day_id)
