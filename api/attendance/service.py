"""Staff entry (手動登録, 一括登録) and editing of work days; the same fold as terminals."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.attendance.days import DayInput, work_date_of
from api.attendance.errors import WorkDayExists, WorkDayNotFound
from api.attendance.fold import fold
from api.attendance.repository import Row, WorkDayFilters, WorkDayRepository
from api.attendance.rules import TimeWindow, worked_after_retiring
from api.attendance.schemas import MAX_BULK_DAYS, BulkEntry, WorkDayCreate, WorkDayUpdate
from api.audit import service as audit
from api.auth.subject import AuthSubject
from api.ccus.hooks import queue_structure, queue_work_day_deletion, queue_work_days
from api.config import Settings
from api.errors import FieldError, ValidationFailed, field_error
from api.kit.japan import TOKYO
from api.kit.pagination import PageParams
from api.models.attendance import WorkDaySource
from api.models.ccus_status import CcusStatus
from api.models.tenant import Tenant
from api.models.worker import Worker
from api.sites.reading import get_site
from api.structure.site_worker_repository import SiteWorkerRepository
from api.workers.repository import WorkerRepository

EXPORT_MAX_ROWS = 100_000
_EDITABLE = ("entry_at", "exit_at", "occupation_id", "position_code", "work_location")


async def list_work_days(
    session: AsyncSession, subject: AuthSubject, filters: WorkDayFilters, page: PageParams
) -> tuple[Sequence[Row], int, bool]:
    repository = WorkDayRepository(session)
    return await repository.page(repository.filtered(subject, filters), page)


async def export_work_days(
    session: AsyncSession, subject: AuthSubject, filters: WorkDayFilters
) -> Sequence[Row]:
    repository = WorkDayRepository(session)
    return await repository.rows(repository.filtered(subject, filters), EXPORT_MAX_ROWS)


async def get_work_day(session: AsyncSession, subject: AuthSubject, work_day_id: UUID) -> Row:
    row = await WorkDayRepository(session).visible_row(subject, work_day_id)
    if row is None:
        raise WorkDayNotFound()
    return row


async def _worker(
    session: AsyncSession, subject: AuthSubject, worker_id: UUID, loc: list[str | int]
) -> Worker:
    worker = await WorkerRepository(session).get_visible(subject, worker_id)
    if worker is None:
        raise ValidationFailed(
            errors=[field_error([*loc, "worker_id"], "worker.not_found", "No such worker")]
        )
    return worker


async def _choice_errors(
    session: AsyncSession,
    tenant_id: UUID,
    worker: Worker,
    occupation_id: UUID | None,
    position_code: str | None,
    loc: list[str | int],
) -> list[FieldError]:
    errors: list[FieldError] = []
    if occupation_id is not None:
        held = await SiteWorkerRepository(session).worker_occupations(tenant_id, worker)
        if occupation_id not in held:
            errors.append(
                field_error(
                    [*loc, "occupation_id"],
                    "site_worker.occupation_not_held",
                    "Choose one of the worker's occupations",
                )
            )
    if position_code is not None:
        _, positions, _ = await WorkerRepository(session).master_codes()
        if position_code not in positions:
            errors.append(
                field_error([*loc, "position_code"], "master.unknown_code", "Unknown position")
            )
    return errors


def _time_errors(
    entry_at: datetime | None, exit_at: datetime | None, settings: Settings, loc: list[str | int]
) -> list[FieldError]:
    if entry_at is None and exit_at is None:
        return [
            field_error(
                [*loc, "entry_at"], "work_day.time_required", "Enter an entry or an exit time"
            )
        ]
    errors = []
    if entry_at is not None and exit_at is not None and exit_at < entry_at:
        errors.append(
            field_error(
                [*loc, "exit_at"], "work_day.exit_before_entry", "The exit is before the entry"
            )
        )
    window = TimeWindow.at(settings)
    for name, value in (("entry_at", entry_at), ("exit_at", exit_at)):
        if value is not None and window.in_future(value):
            errors.append(
                field_error([*loc, name], "work_day.in_future", "The time lies in the future")
            )
        elif value is not None and window.too_old(value):
            errors.append(field_error([*loc, name], "time.too_old", "Older than CCUS accepts"))
    return errors


async def create_work_day(
    session: AsyncSession, subject: AuthSubject, settings: Settings, data: WorkDayCreate
) -> Row:
    site = await get_site(session, subject, data.site_id)
    worker = await _worker(session, subject, data.worker_id, ["body"])
    tenant = await session.get_one(Tenant, subject.tenant_id)
    first = data.entry_at or data.exit_at
    errors = _time_errors(data.entry_at, data.exit_at, settings, ["body"])
    work_date = work_date_of(first, tenant.day_boundary_hour) if first else None
    if worked_after_retiring(worker.retired_on, work_date):
        errors.append(
            field_error(
                ["body", "worker_id"], "worker.retired", "The worker had retired on that day"
            )
        )
    errors += await _choice_errors(
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
    await queue_work_days(session, settings, subject.tenant_id, folded.changed)
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


async def update_work_day(
    session: AsyncSession,
    subject: AuthSubject,
    settings: Settings,
    work_day_id: UUID,
    data: WorkDayUpdate,
) -> Row:
    work_day, _, worker, _ = await get_work_day(session, subject, work_day_id)
    before = {field: getattr(work_day, field) for field in _EDITABLE}
    changes = data.model_dump(exclude_unset=True)
    after = {**before, **changes}
    errors = _time_errors(after["entry_at"], after["exit_at"], settings, ["body"])
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
    errors += await _choice_errors(
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
        work_day.ccus_status = CcusStatus.pending
        await audit.record(session, subject, "work_day.update", "work_day", work_day.id, difference)
        await session.flush()
        await queue_work_days(session, settings, subject.tenant_id, [work_day.id])
    await session.flush()
    return await get_work_day(session, subject, work_day_id)


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
        for field in ("site_id", "worker_id", "work_date", *_EDITABLE)
    }
    await session.delete(work_day)
    await audit.record(
        session, subject, "work_day.delete", "work_day", work_day_id, audit.diff(snapshot, {})
    )
    await session.flush()


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
        errors += await _choice_errors(
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
