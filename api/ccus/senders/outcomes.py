"""What every sender does with an answer: retry later or give up, and tell the entity's owner."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.ccus.backoff import row_retry_at
from api.ccus.fixes import requeue_for_fix
from api.ccus.gateway import CcusError, CcusPaused, CcusUnavailable
from api.ccus.owners import entity_repository
from api.ccus.repositories import Claimed, OutboxRepository
from api.config import Settings
from api.models.ccus_outbox import OutboxKind, OutboxStatus
from api.models.ccus_status import CcusOperation, CcusStatus


async def give_up_or_retry(
    session: AsyncSession,
    tenant_id: UUID,
    rows: Sequence[Claimed],
    error: CcusError,
    settings: Settings,
) -> None:
    """CCUS away: the rows come back later with their keys; refused: they are rejected."""
    outbox = OutboxRepository(session)
    ids = [row.id for row in rows]
    if isinstance(error, CcusUnavailable):
        attempts = max(row.attempts for row in rows)
        at = row_retry_at(attempts, error, settings)
        await outbox.reschedule(
            tenant_id, ids, at, error.code, error.message, tried=not isinstance(error, CcusPaused)
        )
    else:
        await outbox.resolve(tenant_id, ids, OutboxStatus.rejected, *error.stored())


async def mark_entity(
    session: AsyncSession,
    tenant_id: UUID,
    kind: OutboxKind,
    entity_id: UUID,
    ok: bool,
    code: str | None,
    message: str | None,
    *,
    unchanged_since: datetime | None = None,
    operation: CcusOperation = CcusOperation.update,
) -> None:
    """CCUS's answer on the entity; a ○ sends again what was held, not applicable or refused
    for it (requeue_for_fix). With `unchanged_since`, an entity edited after it was read is
    left for its next check."""
    status = CcusStatus.synced if ok else CcusStatus.failed
    written = await entity_repository(session, kind).mark_ccus(
        tenant_id,
        entity_id,
        status,
        code,
        message,
        unchanged_since=unchanged_since,
        operation=operation,
    )
    if ok and written:
        await requeue_for_fix(session, tenant_id, kind, entity_id)
