"""What each change puts in the outbox. Called by the services, in the change's transaction."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from uuid import UUID

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from api.ccus.outbox import enqueue
from api.config import Settings
from api.models.ccus_outbox import OutboxKind
from api.models.ccus_status import CcusStatus


async def queue_work_days(
    session: AsyncSession, settings: Settings, tenant_id: UUID, ids: Iterable[UUID]
) -> None:
    """Work days on sites linked to CCUS (a site without a 現場ID has nowhere to send them)."""
    wanted = list(set(ids))
    if not wanted:
        return
    linked = await session.execute(
        text(
            "SELECT d.id FROM work_days d JOIN sites s ON s.tenant_id = d.tenant_id AND s.id = d.site_id "
            "WHERE d.tenant_id = :tenant_id AND d.id = ANY(CAST(:ids AS uuid[])) AND s.ccus_site_id IS NOT NULL"
        ),
        {"tenant_id": tenant_id, "ids": wanted},
    )
    await enqueue(session, settings, tenant_id, OutboxKind.work_day, linked.scalars())


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
    sending = await session.execute(
        text(
            "SELECT id FROM sites WHERE tenant_id = :tenant_id AND id = ANY(CAST(:ids AS uuid[])) "
            "AND structure_mode = 'send' AND ccus_site_id IS NOT NULL"
        ),
        {"tenant_id": tenant_id, "ids": wanted},
    )
    await enqueue(session, settings, tenant_id, OutboxKind.structure, sending.scalars())


async def queue_entity(
    session: AsyncSession, settings: Settings, kind: OutboxKind, entity: Any
) -> None:
    """A site, business or worker whose change CCUS must learn (services set it `pending`)."""
    if entity.ccus_status is CcusStatus.pending:
        await enqueue(session, settings, entity.tenant_id, kind, [entity.id])
