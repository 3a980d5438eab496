"""What each change tells partners, in the change's transaction: thin builders over `emit`
for the places that change things (the fold and staff edits of work days, 施工体制, CCUS
results, ID checks, imports)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.webhooks.emit import emit
from api.webhooks.events import (
    CcusRecordData,
    EventType,
    IdCheckData,
    ImportData,
    StructureData,
    WorkDayData,
)

if TYPE_CHECKING:
    from api.attendance.days import UpsertedDay


async def tell_partners(
    session: AsyncSession,
    tenant_id: UUID,
    upserted: Sequence[UpsertedDay],
    structure_sites: Iterable[UUID],
) -> None:
    """A fold's work days added or changed, and the sites whose structure it grew."""
    for event_type, wanted in (
        (EventType.work_day_created, True),
        (EventType.work_day_changed, False),
    ):
        await emit(
            session,
            tenant_id,
            event_type,
            (
                (day.id, WorkDayData(work_day_id=day.id, site_id=s, worker_id=w, work_date=d))
                for day in upserted
                if day.changed and day.added is wanted
                for s, w, d in (day.key,)
            ),
        )
    await structure_changed(session, tenant_id, structure_sites)


async def work_day(
    session: AsyncSession,
    tenant_id: UUID,
    event_type: EventType,
    day_id: UUID,
    site_id: UUID,
    worker_id: UUID,
    work_date: date,
) -> None:
    data = WorkDayData(
        work_day_id=day_id, site_id=site_id, worker_id=worker_id, work_date=work_date
    )
    await emit(session, tenant_id, event_type, [(day_id, data)])


async def structure_changed(
    session: AsyncSession, tenant_id: UUID, site_ids: Iterable[UUID]
) -> None:
    items = [(site_id, StructureData(site_id=site_id)) for site_id in sorted(set(site_ids))]
    await emit(session, tenant_id, EventType.structure_changed, items)


async def ccus_results(
    session: AsyncSession,
    tenant_id: UUID,
    kind: str,
    accepted: Iterable[UUID],
    rejected: Iterable[tuple[UUID, str | None]] = (),
) -> None:
    """Records CCUS took (○) or refused (✕, with its code)."""
    await emit(
        session,
        tenant_id,
        EventType.ccus_record_accepted,
        [(i, CcusRecordData(kind=kind, entity_id=i, error_code=None)) for i in accepted],
    )
    await emit(
        session,
        tenant_id,
        EventType.ccus_record_rejected,
        [(i, CcusRecordData(kind=kind, entity_id=i, error_code=code)) for i, code in rejected],
    )


async def id_check_failed(
    session: AsyncSession, tenant_id: UUID, kind: str, entity_id: UUID, error_code: str | None
) -> None:
    data = IdCheckData(kind=kind, entity_id=entity_id, error_code=error_code)
    await emit(session, tenant_id, EventType.id_check_failed, [(entity_id, data)])


async def import_finished(
    session: AsyncSession, tenant_id: UUID, import_id: UUID, status: str, rows_imported: int
) -> None:
    data = ImportData(import_id=import_id, status=status, rows_imported=rows_imported)
    await emit(session, tenant_id, EventType.import_finished, [(import_id, data)])
