"""What each change puts in the outbox. Called by the services, in the change's transaction."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from api.ccus.outbox import DISPATCH_TASK, enqueue
from api.ccus.policy import send_at
from api.config import Settings
from api.kit.jobs import enqueue_after_commit
from api.models.ccus_outbox import OutboxKind
from api.models.ccus_status import CcusStatus

_QUEUE_LINKED_DAYS = text(
    """
    INSERT INTO ccus_outbox (id, tenant_id, kind, entity_id, status, scheduled_for,
                             idempotency_key, attempts)
    SELECT gen_random_uuid(), :tenant_id, 'work_day', d.id, 'pending', :scheduled_for,
           replace(gen_random_uuid()::text, '-', ''), 0
    FROM unnest(CAST(:ids AS uuid[])) AS u(id)
    -- One index probe per id (see api/attendance/fold.py on LATERAL … OFFSET 0).
    CROSS JOIN LATERAL (
        SELECT work_days.id FROM work_days JOIN sites
          ON sites.tenant_id = work_days.tenant_id AND sites.id = work_days.site_id
        WHERE work_days.tenant_id = :tenant_id AND work_days.id = u.id
          AND sites.ccus_site_id IS NOT NULL
        OFFSET 0
    ) AS d
    ORDER BY d.id
    ON CONFLICT (tenant_id, kind, entity_id) WHERE status = 'pending' DO NOTHING
    RETURNING id
    """
)


async def queue_work_days(
    session: AsyncSession, settings: Settings, tenant_id: UUID, ids: Iterable[UUID]
) -> None:
    """Work days on sites linked to CCUS (a site without a 現場ID has nowhere to send them);
    one statement, as it runs for every terminal batch."""
    wanted = list(set(ids))
    if not wanted:
        return
    now = datetime.now(UTC)
    due = send_at(now, settings)
    queued = await session.execute(
        _QUEUE_LINKED_DAYS, {"tenant_id": tenant_id, "ids": wanted, "scheduled_for": due}
    )
    if due <= now and queued.first() is not None:
        enqueue_after_commit(session, DISPATCH_TASK)


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
    """A site, business or worker whose change CCUS must learn (services set it `pending`).
    Structure differences that waited for this business's or worker's CCUS ID go out too."""
    if entity.ccus_status is not CcusStatus.pending:
        return
    await enqueue(session, settings, entity.tenant_id, kind, [entity.id])
    column = {OutboxKind.business: "business_id", OutboxKind.worker: "worker_id"}.get(kind)
    if column is None:
        return
    waiting = await session.execute(
        text(
            f"SELECT DISTINCT site_id FROM structure_changes WHERE tenant_id = :tenant_id "
            f"AND {column} = :id AND sent_at IS NULL"
        ),
        {"tenant_id": entity.tenant_id, "id": entity.id},
    )
    await queue_structure(session, settings, entity.tenant_id, waiting.scalars())
