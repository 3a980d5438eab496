"""再送: one record, or every record a filter (or a list of ids) means, back to the queue at once
(after staff fixed what CCUS refused or genba held): the row itself goes back, as when a fix
re-queues it (requeue_for_fix), a refused one with a new key."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.attendance.repository import WorkDayRepository
from api.auth.subject import AuthSubject
from api.ccus.entries import outbox_entry
from api.ccus.errors import OutboxEntryNotFound, OutboxStillOpen
from api.ccus.hooks import enqueue
from api.ccus.repositories import OutboxRepository
from api.ccus.repositories.filters import OutboxFilters
from api.ccus.schemas import OutboxEntry
from api.ccus.wakeups import wake_dispatch
from api.config import Settings
from api.models.ccus_outbox import OutboxKind, OutboxStatus
from api.models.ccus_state import CcusState
from api.structure.change_repository import StructureChangeRepository

OPEN = (OutboxStatus.pending, OutboxStatus.sending, OutboxStatus.awaiting_result)
# What a bulk 再送 takes: what CCUS refused and what genba held, nothing still on its way.
RESENDABLE = (OutboxStatus.rejected, OutboxStatus.held)
# What the failure lists show unless told otherwise.
FAILURES = RESENDABLE
BULK_LIMIT = 10_000


async def resend(
    session: AsyncSession, subject: AuthSubject, settings: Settings, outbox_id: UUID
) -> OutboxEntry:
    outbox = OutboxRepository(session)
    row = await outbox.row(subject, outbox_id)
    if row is None:
        raise OutboxEntryNotFound()
    entry = row.OutboxRow
    if entry.status in OPEN:
        raise OutboxStillOpen()
    kind = OutboxKind(entry.kind)
    if not await _requeue(session, subject.tenant_id, [entry]):
        # Sent, cancelled, or an older refusal: the entity's current state, as a new row.
        await enqueue(
            session,
            settings,
            subject.tenant_id,
            kind,
            [entry.entity_id],
            payload=entry.payload,
            immediate=True,
        )
    fresh = await outbox.pending_id(subject.tenant_id, kind, entry.entity_id)
    return outbox_entry(await outbox.row(subject, fresh))


async def resend_many(session: AsyncSession, subject: AuthSubject, filters: OutboxFilters) -> int:
    """Every refused or held row the filters mean (as far as the caller sees) back to the
    queue, due now; answers how many are pending again."""
    wanted = [status for status in filters.statuses if status in RESENDABLE]
    statuses = wanted if filters.statuses else list(RESENDABLE)
    if not statuses:
        return 0
    scoped = replace(filters, statuses=tuple(statuses))
    rows = await OutboxRepository(session).matching(subject, scoped, BULK_LIMIT)
    return await _requeue(session, subject.tenant_id, rows)


async def _requeue(session: AsyncSession, tenant_id: UUID, rows: Sequence[Any]) -> int:
    structure = StructureChangeRepository(session)
    for site_id in {row.entity_id for row in rows if row.kind == OutboxKind.structure}:
        # Its refused differences go again with new keys (CCUS keeps its answer to the old).
        await structure.resend_refused(tenant_id, "site", site_id, None)
    outbox = OutboxRepository(session)
    queued = await outbox.requeue(tenant_id, [row.id for row in rows])
    days = [row.entity_id for row in rows if row.kind == OutboxKind.work_day]
    if days:
        # The days whose row went back (not those of an older refusal left as it was).
        going = await outbox.pending_among(tenant_id, OutboxKind.work_day, days)
        await WorkDayRepository(session).mark_ccus(tenant_id, going, CcusState.pending)
    if queued:
        wake_dispatch(session)
    return queued
