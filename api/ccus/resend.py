"""再送: one record, or every record a filter (or a list of ids) means, re-queued at once with
the entity's current state (after staff fixed what CCUS refused or genba held)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.subject import AuthSubject
from api.ccus.entries import outbox_entry
from api.ccus.errors import OutboxEntryNotFound, OutboxStillOpen
from api.ccus.hooks import enqueue
from api.ccus.repositories import OutboxRepository
from api.ccus.repositories.filters import OutboxFilters
from api.ccus.schemas import OutboxEntry
from api.config import Settings
from api.models.ccus_outbox import OutboxKind, OutboxStatus

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
    if row.OutboxRow.status in OPEN:
        raise OutboxStillOpen()
    kind = OutboxKind(row.OutboxRow.kind)
    await enqueue(
        session,
        settings,
        subject.tenant_id,
        kind,
        [row.OutboxRow.entity_id],
        payload=row.OutboxRow.payload,
        immediate=True,
    )
    fresh = await outbox.pending_id(subject.tenant_id, kind, row.OutboxRow.entity_id)
    return outbox_entry(await outbox.row(subject, fresh))


async def resend_many(
    session: AsyncSession, subject: AuthSubject, settings: Settings, filters: OutboxFilters
) -> int:
    """Every refused or held row the filters mean (as far as the caller sees), re-queued due
    now; answers how many rows. Rows of one entity share its one pending row."""
    wanted = [status for status in filters.statuses if status in RESENDABLE]
    statuses = wanted if filters.statuses else list(RESENDABLE)
    if not statuses:
        return 0
    scoped = replace(filters, statuses=tuple(statuses))
    rows = await OutboxRepository(session).matching(subject, scoped, BULK_LIMIT)
    plain: dict[OutboxKind, list[UUID]] = defaultdict(list)
    for row in rows:
        kind = OutboxKind(row.kind)
        if row.payload is None:
            plain[kind].append(row.entity_id)
        else:
            await enqueue(
                session,
                settings,
                subject.tenant_id,
                kind,
                [row.entity_id],
                payload=row.payload,
                immediate=True,
            )
    for kind, entity_ids in plain.items():
        await enqueue(session, settings, subject.tenant_id, kind, entity_ids, immediate=True)
    return len(rows)
