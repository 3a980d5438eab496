"""The one writer of `ccus_outbox`: enqueue, claim, reschedule, hold and release, resolve, and
the results CCUS sends back.

Every statement names its tenant, except the dispatcher's cross-tenant ones (claiming due rows,
finding stranded rows and finished submissions, listing tenants): those turn `app.dispatcher`
on, which the narrow `dispatcher` RLS policy of the ccus_outbox migration admits, and only
inside the transaction that needs it; the sending itself runs scoped to one tenant."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from sqlalchemy import (
    ARRAY,
    DateTime,
    Integer,
    Select,
    String,
    Text,
    Uuid,
    case,
    cast,
    exists,
    func,
    literal,
    null,
    select,
    text,
    tuple_,
    update,
)
from sqlalchemy.dialects.postgresql import JSONB, insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import aliased

from api.ccus.repositories.views import OutboxViews
from api.kit.repository import TenantScopedRepository
from api.models.ccus_outbox import OutboxKind, OutboxRow, OutboxStatus


@dataclass(frozen=True)
class Claimed:
    id: UUID
    tenant_id: UUID
    kind: OutboxKind
    entity_id: UUID
    idempotency_key: str
    payload: dict[str, Any] | None
    attempts: int


# The idempotency key is made once, by the statement that inserts the row, and never written
# again: a conflict with the entity's pending row keeps that row (and its key), and every
# retry, release or recovery below puts the same row back. CCUS answers a key it has seen
# with its first answer, so a retry never becomes a second record.
_NEW_KEY = func.replace(cast(func.gen_random_uuid(), Text()), "-", "")
_PENDING = OutboxRow.status == OutboxStatus.pending
# The partial unique index's predicate as a constant: ON CONFLICT can only infer the index from
# a predicate it can prove, and a bound parameter proves nothing under a generic plan.
_PENDING_INDEX = text("status = 'pending'")
_PENDING_INDEX_NAME = "uq_ccus_outbox_pending_entity"
_RELEASE_TRIES = 3
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

_CLAIM = text(
    """
    UPDATE ccus_outbox SET status = 'sending', attempts = attempts + 1, last_attempt_at = now(),
                           updated_at = now()
    WHERE id IN (
        SELECT id FROM ccus_outbox
        WHERE status = 'pending' AND scheduled_for <= :now
        ORDER BY scheduled_for, id
        LIMIT :limit
        FOR UPDATE SKIP LOCKED
    )
    RETURNING id, tenant_id, kind, entity_id, idempotency_key, payload, attempts
    """
)

# Back to the queue with the same idempotency key — unless a newer pending row for the same
# entity appeared meanwhile (it was edited again): that one carries the latest state.
_RESCHEDULE = text(
    """
    UPDATE ccus_outbox o SET
        status = CASE WHEN EXISTS (
            SELECT 1 FROM ccus_outbox p
            WHERE p.tenant_id = o.tenant_id AND p.kind = o.kind AND p.entity_id = o.entity_id
              AND p.status = 'pending' AND p.id <> o.id) THEN 'cancelled' ELSE 'pending' END,
        scheduled_for = :at, error_code = :code, error_message = :message, updated_at = now()
    WHERE o.tenant_id = :tenant_id AND o.id = ANY(CAST(:ids AS uuid[]))
    """
)

_APPLY = text(
    """
    UPDATE ccus_outbox o SET status = CASE WHEN r.ok THEN 'succeeded' ELSE 'failed' END,
        error_code = r.code, error_message = r.message, resolved_at = now(), updated_at = now()
    FROM unnest(CAST(:keys AS text[]), CAST(:oks AS boolean[]), CAST(:codes AS text[]),
                CAST(:messages AS text[])) AS r(key, ok, code, message)
    WHERE o.tenant_id = :tenant_id AND o.idempotency_key = r.key AND o.status = 'awaiting_result'
    RETURNING o.entity_id, o.payload IS NULL AS live, r.ok, r.code, r.message
    """
)


class OutboxRepository(OutboxViews, TenantScopedRepository[OutboxRow]):
    model = OutboxRow

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

    # The dispatcher, across tenants.

    async def as_dispatcher(self) -> None:
        await self.session.execute(text("SELECT set_config('app.dispatcher', 'on', true)"))

    async def claim_due(self, now: datetime, limit: int) -> list[Claimed]:
        """Due rows of every tenant, locked so concurrent dispatchers never take the same one."""
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

    async def tenant_ids(self) -> list[UUID]:
        """Every tenant, for the jobs that serve them all (`dispatcher_lookup` policy)."""
        await self.as_dispatcher()
        return list(
            (await self.session.execute(text("SELECT id FROM tenants ORDER BY id"))).scalars()
        )

    # One tenant's rows.

    async def reschedule(
        self, tenant_id: UUID, ids: Sequence[UUID], at: datetime, code: str, message: str
    ) -> None:
        if ids:
            await self.session.execute(
                _RESCHEDULE,
                {
                    "tenant_id": tenant_id,
                    "ids": list(ids),
                    "at": at,
                    "code": code[:16],
                    "message": message[:1000],
                },
            )

    async def resolve(
        self,
        tenant_id: UUID,
        ids: Sequence[UUID],
        status: OutboxStatus,
        code: str | None = None,
        message: str | None = None,
    ) -> None:
        if ids:
            await self._set(
                tenant_id,
                ids,
                status=status,
                error_code=code,
                error_message=message,
                resolved_at=func.now(),
            )

    async def hold(self, tenant_id: UUID, outbox_id: UUID, code: str, message: str) -> None:
        """Not sent: it would only fail until an ID check passes (see release_held)."""
        await self._set(
            tenant_id, [outbox_id], status=OutboxStatus.held, error_code=code, error_message=message
        )

    async def mark_awaiting(self, tenant_id: UUID, ids: Sequence[UUID], submission_id: str) -> None:
        await self._set(
            tenant_id,
            ids,
            status=OutboxStatus.awaiting_result,
            submission_id=submission_id,
            sent_at=func.now(),
        )

    async def _set(self, tenant_id: UUID, ids: Sequence[UUID], **values: Any) -> None:
        await self.session.execute(
            update(OutboxRow)
            .where(OutboxRow.tenant_id == tenant_id, OutboxRow.id.in_(list(ids)))
            .values(**values, updated_at=func.now())
            .execution_options(synchronize_session=False)
        )

    async def release_held(self, tenant_id: UUID, work_days: Select[Any]) -> int:
        """Held work-day rows among `work_days` (a subquery from their owner) go back to the
        queue, due now, with their keys; answers how many. Of a day's held rows only the newest
        goes back, and none where a pending row already carries the day. An edit that commits
        the day's pending row while this runs makes the statement fail on the pending index:
        it runs again, and then sees that row."""
        for attempt in range(_RELEASE_TRIES):
            try:
                async with self.session.begin_nested():
                    return await self._release(tenant_id, work_days)
            except IntegrityError as error:
                if attempt + 1 == _RELEASE_TRIES or _PENDING_INDEX_NAME not in str(error.orig):
                    raise
        raise AssertionError("unreachable")

    async def _release(self, tenant_id: UUID, work_days: Select[Any]) -> int:
        other = aliased(OutboxRow)
        same_day = (
            (other.tenant_id == OutboxRow.tenant_id)
            & (other.kind == OutboxRow.kind)
            & (other.entity_id == OutboxRow.entity_id)
        )
        superseded = exists().where(same_day, other.status == OutboxStatus.pending)
        newer_held = exists().where(
            same_day,
            other.status == OutboxStatus.held,
            tuple_(other.created_at, other.id) > tuple_(OutboxRow.created_at, OutboxRow.id),
        )
        released = await self.session.execute(
            update(OutboxRow)
            .where(
                OutboxRow.tenant_id == tenant_id,
                OutboxRow.kind == OutboxKind.work_day,
                OutboxRow.status == OutboxStatus.held,
                OutboxRow.entity_id.in_(work_days),
            )
            .values(
                status=case(
                    (superseded | newer_held, OutboxStatus.cancelled.value),
                    else_=OutboxStatus.pending.value,
                ),
                scheduled_for=func.now(),
                error_code=None,
                error_message=None,
                updated_at=func.now(),
            )
            .execution_options(synchronize_session=False)
        )
        return int(getattr(released, "rowcount", 0) or 0)

    async def apply_results(
        self,
        tenant_id: UUID,
        results: Sequence[tuple[str, bool, str | None, str | None]],
    ) -> list[tuple[UUID, bool, str | None, str | None]]:
        """Per-record results (key, ok, code, message) of a submission onto its rows; answers
        (work day, ok, code, message) for each row whose work day still exists (a deletion's
        row carries a payload instead)."""
        if not results:
            return []
        keys, oks, codes, messages = (list(column) for column in zip(*results, strict=True))
        rows = await self.session.execute(
            _APPLY,
            {
                "tenant_id": tenant_id,
                "keys": keys,
                "oks": oks,
                "codes": codes,
                "messages": messages,
            },
        )
        return [(row.entity_id, row.ok, row.code, row.message) for row in rows if row.live]
