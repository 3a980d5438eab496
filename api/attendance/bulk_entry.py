"""一括登録: many workers on every day of a range, or nothing, with errors per row."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.attendance.choice_checks import choice_errors
from api.attendance.days import DayInput
from api.attendance.fold import fold
from api.attendance.rules import TimeWindow, worked_after_retiring
from api.attendance.schemas import MAX_BULK_DAYS, BulkEntry
from api.audit import service as audit
from api.auth.subject import AuthSubject
from api.ccus.hooks import queue_structure, queue_work_days
from api.config import Settings
from api.errors import FieldError, ValidationFailed, field_error
from api.kit.japan import TOKYO
from api.models.attendance import WorkDaySource
from api.models.tenant import Tenant
from api.models.worker import Worker
from api.sites.reading import get_site
from api.workers.repository import WorkerRepository


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=offset) for offset in range((last - first).days + 1)]


async def bulk_entry(
    session: AsyncSession, subject: AuthSubject, settings: Settings, data: BulkEntry
) -> int:
    """一括登録: every row on every day of the range, or nothing, with errors per row."""
    site = await get_site(session, subject, data.site_id)
    errors: list[FieldError] = []
    if data.date_to < data.date_from:
        errors.append(
            field_error(["body", "date_to"], "bulk.date_order", "The range ends before it starts")
        )
    elif (data.date_to - data.date_from).days >= MAX_BULK_DAYS:
        errors.append(
            field_error(["body", "date_to"], "bulk.range_too_long", f"At most {MAX_BULK_DAYS} days")
        )
    days = _days(data.date_from, data.date_to) if not errors else []
    boundary = (await session.get_one(Tenant, subject.tenant_id)).day_boundary_hour
    workers = {
        worker.id: worker
        for worker in await WorkerRepository(session).get_all(
            WorkerRepository(session)
            .visible(subject)
            .where(Worker.id.in_({row.worker_id for row in data.rows}))
        )
    }
    inputs: list[DayInput] = []
    seen: set[UUID] = set()
    window = TimeWindow.at(settings)
    for index, row in enumerate(data.rows):
        loc: list[str | int] = ["body", "rows", index]
        worker = workers.get(row.worker_id)
        if worker is None:
            errors.append(field_error([*loc, "worker_id"], "worker.not_found", "No such worker"))
            continue
        if row.worker_id in seen:
            errors.append(
                field_error(
                    [*loc, "worker_id"], "bulk.duplicate_row", "The worker is on another row"
                )
            )
        seen.add(row.worker_id)
        if row.business_id is not None and row.business_id != worker.business_id:
            errors.append(
                field_error(
                    [*loc, "business_id"],
                    "bulk.business_mismatch",
                    "The worker belongs to another business",
                )
            )
        if days and worked_after_retiring(worker.retired_on, days[-1]):
            errors.append(
                field_error(
                    [*loc, "worker_id"],
                    "worker.retired",
                    "The worker has retired (退職) before this range ends",
                )
            )
        errors += await choice_errors(
            session, subject.tenant_id, worker, row.occupation_id, row.position_code, loc
        )
        for day in days:
            # The work day runs from its boundary hour to the next day's: an earlier clock time
            # is the next morning's, where a terminal's event at that instant would fold.
            start = day + timedelta(days=row.entry_time.hour < boundary)
            entry_at = datetime.combine(start, row.entry_time, TOKYO)
            exit_at = None
            if row.exit_time is not None:
                next_day = row.exit_time <= row.entry_time
                exit_at = datetime.combine(start + timedelta(days=next_day), row.exit_time, TOKYO)
            if window.in_future(entry_at):
                errors.append(
                    field_error(
                        [*loc, "entry_time"],
                        "work_day.in_future",
                        f"{day.isoformat()} lies in the future",
                    )
                )
                break
            if window.too_old(entry_at):
                errors.append(
                    field_error(
                        ["body", "date_from"], "time.too_old", f"{day.isoformat()} is too old"
                    )
                )
                break
            inputs.append(
                DayInput(
                    site_id=site.id,
                    worker_id=worker.id,
                    business_id=worker.business_id,
                    work_date=day,
                    entry_at=entry_at,
                    exit_at=exit_at,
                    work_location=row.work_location,
                    occupation_id=row.occupation_id,
                    position_code=row.position_code,
                )
            )
    if errors:
        raise ValidationFailed(errors=errors)
    folded = await fold(session, subject.tenant_id, inputs, WorkDaySource.staff)
    written = folded.days
    await queue_work_days(session, settings, subject.tenant_id, folded.changed)
    await queue_structure(session, settings, subject.tenant_id, folded.structure_sites)
    changes: dict[str, Any] = {
        "site_id": str(site.id),
        "date_from": data.date_from.isoformat(),
        "date_to": data.date_to.isoformat(),
        "rows": len(data.rows),
        "work_days": len(written),
    }
    await audit.record(session, subject, "work_day.bulk", "site", site.id, changes)
    return len(written)
