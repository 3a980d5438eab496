"""The dispatcher's statements across tenants: claiming due rows, finding the rows a dead worker
left in `sending` and the submissions whose results are due. Each turns `app.dispatcher` on,
which the narrow `dispatcher` RLS policy of the ccus_outbox migration admits, and only inside
the transaction that needs it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from api.models.ccus_outbox import OutboxKind


@dataclass(frozen=True)
class Claimed:
    id: UUID
    tenant_id: UUID
    kind: OutboxKind
    entity_id: UUID
    idempotency_key: str
    payload: dict[str, Any] | None
    attempts: int


# The key is (tenant_id, id): with the dispatcher's policy ORed to the tenant's, only the pair
# finds a claimed row by the index (by id alone the whole index is read, per row).
_CLAIM = text(
    """
    UPDATE ccus_outbox SET status = 'sending', attempts = attempts + 1, last_attempt_at = now(),
                           updated_at = now()
    WHERE (tenant_id, id) IN (
        SELECT tenant_id, id FROM ccus_outbox
        WHERE status = 'pending' AND scheduled_for <= :now
          AND tenant_id IN (SELECT id FROM tenants WHERE status = 'active')
        ORDER BY scheduled_for, id
        LIMIT :limit
        FOR UPDATE SKIP LOCKED
    )
    RETURNING id, tenant_id, kind, entity_id, idempotency_key, payload, attempts
    """
)


class OutboxDispatching:
    session: AsyncSession

    async def as_dispatcher(self) -> None:
        await self.session.execute(text("SELECT set_config('app.dispatcher', 'on', true)"))

    async def claim_due(self, now: datetime, limit: int) -> list[Claimed]:
        """Due rows of every active tenant (a suspended one's wait, untouched), locked so concurrent dispatchers never take the same one."""
        await self.as_dispatcher()
        rows = (await self.session.execute(_CLAIM, {"now": now, "limit": limit})).all()
        return [
            Claimed(
                row.id,
                row.tenant_id,
                OutboxKind(row.kind),
                row.entity_id,
                row.idempotency_key,
                row.payload,
                row.attempts,
            )
            for row in rows
        ]

    async def stranded_sending(self, before: datetime) -> list[tuple[UUID, UUID]]:
        """(tenant, row) a worker claimed and never finished (it died, or lost its connection)."""
        await self.as_dispatcher()
        rows = await self.session.execute(
            text(
                "SELECT tenant_id, id FROM ccus_outbox WHERE status = 'sending' "
                "AND last_attempt_at < :before FOR UPDATE SKIP LOCKED"
            ),
            {"before": before},
        )
        return [(row.tenant_id, row.id) for row in rows]

    async def awaiting_submissions(self, sent_before: datetime) -> list[tuple[UUID, str]]:
        await self.as_dispatcher()
        rows = await self.session.execute(
            text(
                "SELECT DISTINCT tenant_id, submission_id FROM ccus_outbox "
                "WHERE status = 'awaiting_result' AND sent_at <= :before"
            ),
            {"before": sent_before},
        )
        return [(row.tenant_id, row.submission_id) for row in rows]
