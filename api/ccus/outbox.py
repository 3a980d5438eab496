"""Writing to the outbox, in the transaction of the change itself."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from api.ccus.policy import send_at
from api.config import Settings
from api.kit.jobs import enqueue_after_commit
from api.models.ccus_outbox import OutboxKind

DISPATCH_TASK = "ccus.dispatch"

_ENQUEUE = text(
    """
    INSERT INTO ccus_outbox (id, tenant_id, kind, entity_id, status, scheduled_for,
                             idempotency_key, payload, attempts)
    SELECT gen_random_uuid(), :tenant_id, :kind, u.entity_id, 'pending', :scheduled_for,
           u.key, CAST(:payload AS jsonb), 0
    FROM unnest(CAST(:entity_ids AS uuid[]), CAST(:keys AS text[])) AS u(entity_id, key)
    ORDER BY u.entity_id
    ON CONFLICT (tenant_id, kind, entity_id) WHERE status = 'pending'
    DO UPDATE SET payload = COALESCE(EXCLUDED.payload, ccus_outbox.payload), updated_at = now()
    """
)


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
    """Queue entities for CCUS. A pending row for the same entity is reused, so ten edits
    before the nightly send are one send of the latest state."""
    ids = sorted(set(entity_ids))
    if not ids:
        return
    now = datetime.now(UTC)
    due = now if immediate else send_at(now, settings)
    await session.execute(
        _ENQUEUE,
        {
            "tenant_id": tenant_id,
            "kind": kind.value,
            "scheduled_for": due,
            "entity_ids": ids,
            "keys": [uuid.uuid4().hex for _ in ids],
            "payload": json.dumps(payload) if payload is not None else None,
        },
    )
    if due <= now:
        enqueue_after_commit(session, DISPATCH_TASK)
