"""What each change puts in the outbox. Called by the services, in the change's transaction;
the entities are asked of their owners, the outbox written through its repository."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.attendance.repository import WorkDayRepository
from api.ccus.policy import due_at, send_at
from api.ccus.repositories import OutboxRepository
from api.ccus.wakeups import request_id_checks_of, wake_dispatch
from api.config import Settings
from api.models.ccus_outbox import OutboxKind
from api.models.ccus_status import CcusStatus
from api.sites.repository import SiteRepository
from api.structure.change_repository import StructureChangeRepository


async def enqueue(
    session: AsyncSession,
    settings: Settings,
    tenant_id: UUID,
    kind: OutboxKind,
    entity_ids: Iterable[UUID],
    *,
    payload: dict[str, Any] | None = None,
    immediate: bool = False,
) -> None:
    """Queue entities for CCUS, due by the send policy (or at once)."""
    ids = sorted(set(entity_ids))
    if not ids:
        return
    now = datetime.now(UTC)
    due = now if immediate else due_at(kind, now, settings)
    await OutboxRepository(session).enqueue(tenant_id, kind, ids, due, payload)
    if due <= now:
        wake_dispatch(session)


async def queue_linked(
    session: AsyncSession, settings: Settings, tenant_id: UUID, kind: OutboxKind, entities: Any
) -> None:
    """Entities registered in bulk (an import): those with a CCUS ID go to CCUS, and their IDs
    are checked right after the commit."""
    linked = [entity.id for entity in entities if entity.ccus_status is CcusStatus.pending]
    await enqueue(session, settings, tenant_id, kind, linked)
    request_id_checks_of(session, tenant_id, kind.value, linked)


async def queue_work_days(
    session: AsyncSession, settings: Settings, tenant_id: UUID, days: Iterable[tuple[UUID, date]]
) -> None:
    """Work days (id, date) on sites linked to CCUS; one statement, as it runs for every
    terminal batch."""
    wanted = sorted(set(days))
    if not wanted:
        return
    now = datetime.now(UTC)
    due = send_at(now, settings)
    linked = WorkDayRepository(session).on_ccus_sites(tenant_id, wanted)
    queued = await OutboxRepository(session).enqueue(tenant_id, OutboxKind.work_day, linked, due)
    if due <= now and queued:
        wake_dispatch(session)


async def queue_work_day_deletion(
    session: AsyncSession, settings: Settings, tenant_id: UUID, record: dict[str, Any]
) -> None:
    """A deleted work day CCUS already holds: the outbox keeps what the deletion must say."""
    await enqueue(
        session,
        settings,
        tenant_id,
        OutboxKind.work_day,
        [record.pop("work_day_id")],
        payload=record,
    )


async def queue_structure(
    session: AsyncSession, settings: Settings, tenant_id: UUID, site_ids: Iterable[UUID]
) -> None:
    """Sites in `send` mode (施工体制 built here and sent); in `ccus` mode staff keep it in CCUS."""
    wanted = list(set(site_ids))
    if not wanted:
        return
    sending = await SiteRepository(session).sending_structure(tenant_id, wanted)
    await enqueue(session, settings, tenant_id, OutboxKind.structure, sending)


# Saving one of these re-checks the entity at once (fix once: its ○ re-queues what waited).
ID_FIELDS = frozenset({"ccus_site_id", "ccus_business_id", "ccus_worker_id", "verification_number"})


async def queue_entity(
    session: AsyncSession,
    settings: Settings,
    kind: OutboxKind,
    entity: Any,
    changed: Iterable[str] | None = None,
) -> None:
    """A site, business or worker whose change CCUS must learn (services set it `pending`).
    Its CCUS ID is checked right after the commit when it was registered with one (`changed`
    None) or a CCUS ID or 本人確認番号 was saved. Structure differences that waited for this
    business's or worker's CCUS ID go out too."""
    if entity.ccus_status is not CcusStatus.pending:
        return
    tenant_id = entity.tenant_id
    await enqueue(session, settings, tenant_id, kind, [entity.id])
    if changed is None or ID_FIELDS & set(changed):
        request_id_checks_of(session, tenant_id, kind.value, [entity.id])
    changes = StructureChangeRepository(session)
    if kind is OutboxKind.business:
        waiting = await changes.sites_waiting_for(tenant_id, business_id=entity.id)
    elif kind is OutboxKind.worker:
        waiting = await changes.sites_waiting_for(tenant_id, worker_id=entity.id)
    else:
        return
    await queue_structure(session, settings, tenant_id, waiting)
