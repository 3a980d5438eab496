"""One tenant's rows back to the queue after a failed or interrupted send, with their key."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from uuid import UUID

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from api.ccus.gateway import fitted
from api.ccus.repositories.statuses import coded

# Back to the queue with the same idempotency key — unless a newer pending row for the same
# entity appeared meanwhile (it was edited again): that one carries the latest state.
_RESCHEDULE = text(
    """
    UPDATE ccus_outbox o SET
        status = CASE WHEN EXISTS (
            SELECT 1 FROM ccus_outbox p
            WHERE p.tenant_id = o.tenant_id AND p.kind = o.kind AND p.entity_id = o.entity_id
              AND p.status = 'pending' AND p.id <> o.id) THEN 'cancelled' ELSE 'pending' END,
        attempts = attempts - :untried, scheduled_for = :at,
        hold_code = :hold_code, hold_message = :hold_message,
        error_code = :error_code, error_message = :error_message, updated_at = now()
    WHERE o.tenant_id = :tenant_id AND o.id = ANY(CAST(:ids AS uuid[]))
    """
)


class OutboxReschedule:
    session: AsyncSession

    async def reschedule(
        self,
        tenant_id: UUID,
        ids: Sequence[UUID],
        at: datetime,
        code: str,
        message: str,
        *,
        tried: bool = True,
    ) -> None:
        """`tried=False`: the claim made no call (the breaker was open), so it does not count as
        a try — each try widens the row's next backoff."""
        if ids:
            await self.session.execute(
                _RESCHEDULE,
                {
                    "tenant_id": tenant_id,
                    "ids": list(ids),
                    "at": at,
                    "untried": 0 if tried else 1,
                    **coded(*fitted(code, message)),
                },
            )
