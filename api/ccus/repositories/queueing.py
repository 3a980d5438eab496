"""Putting entities on the outbox, once per entity while they wait, and taking them off before
they go out (連携キャンセル)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any
from uuid import UUID

from sqlalchemy import (
    ARRAY,
    DateTime,
    Integer,
    Select,
    String,
    Uuid,
    cast,
    func,
    literal,
    null,
    select,
    text,
    update,
)
from sqlalchemy.dialects.postgresql import JSONB, insert
from sqlalchemy.ext.asyncio import AsyncSession

from api.models.ccus_outbox import OutboxKind, OutboxRow, OutboxStatus

# The idempotency key is made once, by the statement that inserts the row, and never written
# again: a conflict with the entity's pending row keeps that row (and its key), and every
# retry, release or recovery below puts the same row back. CCUS answers a key it has seen
# with its first answer, so a retry never becomes a second record.
# The recipe is the database's (ccus_new_idempotency_key): sending a refused row again uses it too.
_NEW_KEY = func.ccus_new_idempotency_key(type_=String())
_PENDING = OutboxRow.status == OutboxStatus.pending
# The partial unique index's predicate as a constant: ON CONFLICT can only infer the index from
# a predicate it can prove, and a bound parameter proves nothing under a generic plan.
_PENDING_INDEX = text("status = 'pending'")
_QUEUED_COLUMNS = (
    "id",
    "tenant_id",
    "kind",
    "entity_id",
    "status",
    "scheduled_for",
    "idempotency_key",
    "payload",
    "attempts",
)


class OutboxQueueing:
    session: AsyncSession

    async def enqueue(
        self,
        tenant_id: UUID,
        kind: OutboxKind,
        entities: Sequence[UUID] | Select[Any],
        due: datetime,
        payload: dict[str, Any] | None = None,
    ) -> int:
        """Queue entities (ids, or a one-column subquery of them from their owner) in one
        statement; answers how many rows it queued or refreshed. An entity's pending row is
        reused, so ten edits before the nightly send are one send of the latest state; a
        payload (what a deletion must still say) replaces the pending row's."""
        if isinstance(entities, Select):
            source = entities.subquery("queued")
        else:
            ids = sorted(set(entities))
            if not ids:
                return 0
            source = select(func.unnest(cast(ids, ARRAY(Uuid()))).label("id")).subquery("queued")
        rows = select(
            func.gen_random_uuid(),
            literal(tenant_id, Uuid()),
            literal(kind.value, String()),
            source.c.id,
            literal(OutboxStatus.pending.value, String()),
            literal(due, DateTime(timezone=True)),
            _NEW_KEY,
            cast(null(), JSONB()) if payload is None else literal(payload, JSONB()),
            literal(0, Integer()),
        ).order_by(source.c.id)
        statement = insert(OutboxRow).from_select(_QUEUED_COLUMNS, rows)
        pending_entity = ["tenant_id", "kind", "entity_id"]
        if payload is None:
            statement = statement.on_conflict_do_nothing(
                index_elements=pending_entity, index_where=_PENDING_INDEX
            )
        else:
            statement = statement.on_conflict_do_update(
                index_elements=pending_entity,
                index_where=_PENDING_INDEX,
                set_={"payload": statement.excluded.payload, "updated_at": func.now()},
            )
        queued = await self.session.execute(statement.returning(OutboxRow.id))
        return len(queued.all())

    async def pending_id(self, tenant_id: UUID, kind: OutboxKind, entity_id: UUID) -> UUID:
        statement = select(OutboxRow.id).where(
            OutboxRow.tenant_id == tenant_id,
            OutboxRow.kind == kind,
            OutboxRow.entity_id == entity_id,
            _PENDING,
        )
        return (await self.session.execute(statement)).scalar_one()

    async def cancel(self, tenant_id: UUID, outbox_id: UUID) -> bool:
        """連携キャンセル: only a row that has not gone out (pending or held)."""
        statement = (
            update(OutboxRow)
            .where(
                OutboxRow.tenant_id == tenant_id,
                OutboxRow.id == outbox_id,
                OutboxRow.status.in_([OutboxStatus.pending, OutboxStatus.held]),
            )
            .values(status=OutboxStatus.cancelled, resolved_at=func.now(), updated_at=func.now())
            .returning(OutboxRow.id)
            .execution_options(synchronize_session=False)
        )
        return (await self.session.execute(statement)).scalar_one_or_none() is not None
