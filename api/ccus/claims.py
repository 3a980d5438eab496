"""The outbox across tenants: claiming due rows, putting rows back, finding stranded ones.

These run with `app.dispatcher` on (see the ccus_outbox migration), only inside the
transaction that needs it; the sending itself runs scoped to one tenant."""

from __future__ import annotations

from collections.abc import Sequence
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


async def as_dispatcher(session: AsyncSession) -> None:
    await session.execute(text("SELECT set_config('app.dispatcher', 'on', true)"))


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


async def claim_due(session: AsyncSession, now: datetime, limit: int) -> list[Claimed]:
    await as_dispatcher(session)
    rows = (await session.execute(_CLAIM, {"now": now, "limit": limit})).all()
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
    WHERE o.id = ANY(CAST(:ids AS uuid[]))
    """
)


async def reschedule(
    session: AsyncSession, ids: Sequence[UUID], at: datetime, code: str, message: str
) -> None:
    if ids:
        await session.execute(
            _RESCHEDULE, {"ids": list(ids), "at": at, "code": code[:16], "message": message[:1000]}
        )


async def stranded_sending(session: AsyncSession, before: datetime) -> list[UUID]:
    """Rows a worker claimed and never finished (it died, or lost its connection)."""
    await as_dispatcher(session)
    rows = await session.execute(
        text(
            "SELECT id FROM ccus_outbox WHERE status = 'sending' AND last_attempt_at < :before FOR UPDATE SKIP LOCKED"
        ),
        {"before": before},
    )
    return list(rows.scalars())


async def awaiting_submissions(
    session: AsyncSession, sent_before: datetime
) -> list[tuple[UUID, str]]:
    await as_dispatcher(session)
    rows = await session.execute(
        text(
            "SELECT DISTINCT tenant_id, submission_id FROM ccus_outbox "
            "WHERE status = 'awaiting_result' AND sent_at <= :before"
        ),
        {"before": sent_before},
    )
    return [(row.tenant_id, row.submission_id) for row in rows]


async def tenant_ids(session: AsyncSession) -> list[UUID]:
    await as_dispatcher(session)
    return list((await session.execute(text("SELECT id FROM tenants ORDER BY id"))).scalars())
