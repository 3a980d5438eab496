"""一括登録: rows of workers, each on its own day (or every day of a range), all written or
none, with errors per row."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.attendance.bulk_days import row_days
from api.attendance.choice_checks import choice_errors
from api.attendance.days import DayInput, work_date_of
from api.attendance.fold import fold
from api.attendance.rules import TimeWindow, worked_after_retiring
from api.attendance.schemas import MAX_BULK_DAYS, BulkEntry
from api.audit import service as audit
from api.auth.subject import AuthSubject
from api.ccus.hooks import queue_structure, queue_work_days
from api.config import Settings
from api.errors import FieldError, ValidationFailed, field_error
from api.models.attendance import WorkDaySource
from api.models.tenant import Tenant
from api.models.worker import Worker
from api.sites.reading import get_site
from api.workers.repository import WorkerRepository


def _range_days(data: BulkEntry, errors: list[FieldError]) -> list[date]:
    """The batch's range, for rows without their own work_date."""
    undated = [index for index, row in enumerate(data.rows) if row.work_date is None]
    if not undated:
        return []
    if data.date_from is None or data.date_to is None:
        errors += [
            field_error(
                ["body", "rows", index, "work_date"],
                "bulk.date_required",
                "Give the row its work_date (or the batch a date_from and date_to)",
            )
            for index in undated
        ]
        return []
    if data.date_to < data.date_from:
        errors.append(
            field_error(["body", "date_to"], "bulk.date_order", "The range ends before it starts")
        )
        return []
    if (data.date_to - data.date_from).days >= MAX_BULK_DAYS:
        errors.append(
            field_error(["body", "date_to"], "bulk.range_too_long", f"At most {MAX_BULK_DAYS} days")
        )
        return []
    first = data.date_from
    return [first + timedelta(days=offset) for offset in range((data.date_to - first).days + 1)]


async def bulk_entry(
    session: AsyncSession, subject: AuthSubject, settings: Settings, data: BulkEntry
) -> int:
    """一括登録: every row on its day(s), or nothing, with errors per row."""
    site = await get_site(session, subject, data.site_id)
    errors: list[FieldError] = []
    range_days = _range_days(data, errors)
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
    seen: set[tuple[UUID, date]] = set()
    window = TimeWindow.at(settings)
    today = work_date_of(datetime.now(UTC), boundary)
    for index, row in enumerate(data.rows):
        loc: list[str | int] = ["body", "rows", index]
        worker = workers.get(row.worker_id)
        if worker is None:
            errors.append(field_error([*loc, "worker_id"], "worker.not_found", "No such worker"))
            continue
        days = [row.work_date] if row.work_date is not None else range_days
        if any((worker.id, day) in seen for day in days):
            errors.append(
                field_error(
                    [*loc, "worker_id"],
                    "bulk.duplicate_row",
                    "The worker is on another row for the same day",
                )
            )
        seen.update((worker.id, day) for day in days)
        if row.business_id is not None and row.business_id != worker.business_id:
            errors.append(
                field_error(
                    [*loc, "business_id"],
                    "bulk.business_mismatch",
                    "The worker belongs to another business",
                )
            )
        if days and worked_after_retiring(worker.retired_on, max(days)):
            errors.append(
                field_error(
                    [*loc, "worker_id"],
                    "worker.retired",
                    "The worker has retired (退職) before this day",
                )
            )
        errors += await choice_errors(
            session, subject.tenant_id, worker, row.occupation_id, row.position_code, loc
        )
        found = row_days(row, days, loc, window, boundary, today)
        errors += found.errors
        inputs += [
            DayInput(
                site_id=site.id,
                worker_id=worker.id,
                business_id=worker.business_id,
                work_date=times.work_date,
                entry_at=times.entry_at,
                exit_at=times.exit_at,
                work_location=row.work_location,
                occupation_id=row.occupation_id,
                position_code=row.position_code,
            )
            for times in found.days
        ]
    if errors:
        raise ValidationFailed(errors=errors)
    folded = await fold(session, subject.tenant_id, inputs, WorkDaySource.staff)
    written = folded.days
    await queue_work_days(session, settings, subject.tenant_id, folded.for_ccus)
    await queue_structure(session, settings, subject.tenant_id, folded.structure_sites)
    dates = sorted({item.work_date for item in inputs})
    changes: dict[str, Any] = {
        "site_id": str(site.id),
        "date_from": dates[0].isoformat(),
        "date_to": dates[-1].isoformat(),
        "rows": len(data.rows),
        "work_days": len(written),
    }
    await audit.record(session, subject, "work_day.bulk", "site", site.id, changes)
    return len(written)
