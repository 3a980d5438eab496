"""An outbox row's idempotency key is made once: queueing the entity again, and every retry,
keep it, so CCUS never takes a retry as a second record."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.ccus.repositories import OutboxRepository
from api.db import set_tenant
from api.kit.ids import uuid7
from api.models.ccus_outbox import OutboxKind, OutboxRow, OutboxStatus
from tests.fixtures.factories import create_tenant

# One recipe whichever statement makes the key (queueing, or sending a refused row again).
_KEY = re.compile("[0-9a-f]{32}")


async def _rows(session: AsyncSession, entity_id: UUID) -> list[OutboxRow]:
    statement = (
        select(OutboxRow)
        .where(OutboxRow.entity_id == entity_id)
        .execution_options(populate_existing=True)
    )
    return list((await session.execute(statement)).scalars())


async def test_a_requeued_pending_row_keeps_its_key_and_takes_the_latest_payload(
    session: AsyncSession,
) -> None:
    tenant = await create_tenant(session)
    await set_tenant(session, tenant.id)
    outbox, day = OutboxRepository(session), uuid7()
    due = datetime.now(UTC) + timedelta(days=1)
    assert await outbox.enqueue(tenant.id, OutboxKind.work_day, [day], due, {"v": 1}) == 1
    # Plain values: the ORM object itself is refreshed by the next read.
    [(first_id, first_key)] = [(row.id, row.idempotency_key) for row in await _rows(session, day)]
    await outbox.enqueue(tenant.id, OutboxKind.work_day, [day], due, {"v": 2})
    await outbox.enqueue(tenant.id, OutboxKind.work_day, [day], due)
    [again] = await _rows(session, day)
    assert (again.id, again.idempotency_key, again.payload) == (first_id, first_key, {"v": 2})
    other = uuid7()
    await outbox.enqueue(tenant.id, OutboxKind.work_day, [other], due)
    [another] = await _rows(session, other)
    assert _KEY.fullmatch(first_key)
    assert _KEY.fullmatch(another.idempotency_key)
    assert another.idempotency_key != first_key


async def test_a_retried_row_goes_out_again_with_its_key(session: AsyncSession) -> None:
    tenant = await create_tenant(session)
    await set_tenant(session, tenant.id)
    outbox, day = OutboxRepository(session), uuid7()
    await outbox.enqueue(tenant.id, OutboxKind.work_day, [day], datetime.now(UTC))
    [(queued_id, key)] = [(row.id, row.idempotency_key) for row in await _rows(session, day)]
    [claimed] = await outbox.claim_due(datetime.now(UTC), 10)
    assert (claimed.id, claimed.idempotency_key) == (queued_id, key)
    await outbox.reschedule(tenant.id, [claimed.id], datetime.now(UTC), "SYSA0001E", "down")
    [claimed_again] = await outbox.claim_due(datetime.now(UTC), 10)
    assert (claimed_again.idempotency_key, claimed_again.attempts) == (key, 2)
    await outbox.hold(tenant.id, claimed_again.id, "GENB0002E", "held")
    [held] = await _rows(session, day)
    assert (held.status, held.idempotency_key) == (OutboxStatus.held, key)
    # Its cause fixed, a held row goes back with its key: CCUS never saw it.
    assert await outbox.requeue(tenant.id, [held.id]) == 1
    [requeued] = await _rows(session, day)
    assert (requeued.status, requeued.idempotency_key) == (OutboxStatus.pending, key)


async def test_a_refused_row_sent_again_after_its_fix_gets_a_new_key(session: AsyncSession) -> None:
    """CCUS answers a key it has seen with its first answer: the same key would be refused again."""
    tenant = await create_tenant(session)
    await set_tenant(session, tenant.id)
    outbox, day = OutboxRepository(session), uuid7()
    await outbox.enqueue(tenant.id, OutboxKind.work_day, [day], datetime.now(UTC))
    [claimed] = await outbox.claim_due(datetime.now(UTC), 10)
    await outbox.resolve(tenant.id, [claimed.id], OutboxStatus.rejected, "DATK0408E", "unknown")
    assert await outbox.requeue(tenant.id, [claimed.id]) == 1
    [again] = await _rows(session, day)
    assert (again.id, again.status, again.error_code) == (claimed.id, OutboxStatus.pending, None)
    assert again.idempotency_key != claimed.idempotency_key
    assert _KEY.fullmatch(claimed.idempotency_key)
    assert _KEY.fullmatch(again.idempotency_key)
