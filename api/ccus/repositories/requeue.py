"""Rows back to the queue once the cause that held or refused them is fixed (requeue_for_fix)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any
from uuid import UUID

from sqlalchemy import Select, or_, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from api.models.ccus_outbox import OutboxKind, OutboxRow, OutboxStatus

_PENDING_INDEX_NAME = "uq_ccus_outbox_pending_entity"
_REQUEUE_TRIES = 3

# Only an entity's latest row goes back, due now; an older held or not-applicable row of it is
# superseded (never sent, nothing to keep), an older refusal stays as it was. A held row keeps
# its key (CCUS never saw it); a refused one gets a new key, as CCUS answers a key it has seen
# with its first answer. Where a pending row already carries the entity, that one goes.
_REQUEUE = text(
    """
    UPDATE ccus_outbox o SET
        status = CASE WHEN q.latest AND NOT q.superseded THEN 'pending' ELSE 'cancelled' END,
        idempotency_key = CASE WHEN o.status = 'rejected' AND q.latest AND NOT q.superseded
            THEN ccus_new_idempotency_key() ELSE o.idempotency_key END,
        resolved_at = CASE WHEN q.latest AND NOT q.superseded THEN NULL ELSE now() END,
        scheduled_for = now(), hold_code = NULL, hold_message = NULL, error_code = NULL,
        error_message = NULL, updated_at = now()
    FROM (
        SELECT c.id,
            NOT EXISTS (SELECT 1 FROM ccus_outbox n
                WHERE n.tenant_id = c.tenant_id AND n.kind = c.kind AND n.entity_id = c.entity_id
                  AND n.status <> 'cancelled'
                  AND (n.created_at, n.id) > (c.created_at, c.id)) AS latest,
            EXISTS (SELECT 1 FROM ccus_outbox p
                WHERE p.tenant_id = c.tenant_id AND p.kind = c.kind AND p.entity_id = c.entity_id
                  AND p.status = 'pending') AS superseded
        FROM ccus_outbox c
        WHERE c.tenant_id = :tenant_id AND c.id = ANY(CAST(:ids AS uuid[]))
          AND c.status IN ('held', 'not_applicable', 'rejected')
    ) AS q
    WHERE o.id = q.id AND o.tenant_id = :tenant_id
      AND (q.latest OR o.status IN ('held', 'not_applicable'))
    RETURNING o.status
    """
)


class OutboxRequeue:
    session: AsyncSession

    async def fixable(
        self,
        tenant_id: UUID,
        kind: OutboxKind,
        entities: Select[Any] | Sequence[UUID],
        codes: Collection[str] | None,
    ) -> list[UUID]:
        """Rows of these entities held or not applicable, or refused with one of `codes` (any
        code: None): what fixing their cause should send again."""
        refused = OutboxRow.status == OutboxStatus.rejected
        if codes is not None:
            refused = refused & OutboxRow.error_code.in_(list(codes))
        statement = select(OutboxRow.id).where(
            OutboxRow.tenant_id == tenant_id,
            OutboxRow.kind == kind,
            OutboxRow.entity_id.in_(entities if isinstance(entities, Select) else list(entities)),
            or_(OutboxRow.status.in_([OutboxStatus.held, OutboxStatus.not_applicable]), refused),
        )
        return list((await self.session.execute(statement)).scalars())

    async def requeue(self, tenant_id: UUID, ids: Sequence[UUID]) -> int:
        """Held, not-applicable or refused rows among `ids` back to the queue; answers how many
        are pending now. An edit that commits the entity's pending row while this runs makes
        the statement fail on the pending index: it runs again, and then sees that row."""
        if not ids:
            return 0
        for attempt in range(_REQUEUE_TRIES):
            try:
                async with self.session.begin_nested():
                    rows = await self.session.execute(
                        _REQUEUE, {"tenant_id": tenant_id, "ids": list(ids)}
                    )
                    return sum(row.status == "pending" for row in rows)
            except IntegrityError as error:
                if attempt + 1 == _REQUEUE_TRIES or _PENDING_INDEX_NAME not in str(error.orig):
                    raise
        raise AssertionError("unreachable")
