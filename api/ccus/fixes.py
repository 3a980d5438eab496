"""Fix once, everything goes through: when a site's, business's or worker's ID checks ○, every
record held, not applicable or refused for that entity goes to CCUS again — work days and
施工体制 alike, due now. The one place that decides it, called from the check's outcome."""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.attendance.repository import WorkDayRepository
from api.ccus.catalogue import FIX_TARGETS
from api.ccus.holds import HOLD_TARGETS
from api.ccus.repositories import OutboxRepository
from api.ccus.wakeups import wake_dispatch
from api.models.ccus_outbox import OutboxKind
from api.models.ccus_state import CcusState
from api.sites.repository import SiteRepository
from api.structure.change_repository import StructureChangeRepository


async def requeue_for_fix(
    session: AsyncSession, tenant_id: UUID, kind: OutboxKind, entity_id: UUID
) -> int:
    """Answers how many records are queued again (and wakes the dispatcher if any)."""
    party = kind.value
    outbox = OutboxRepository(session)
    # The entity's own update, refused before the fix (DATF0001E with a wrong 本人確認番号).
    queued = await outbox.requeue(
        tenant_id, await outbox.fixable(tenant_id, kind, [entity_id], None)
    )
    queued += await _work_days(session, tenant_id, party, entity_id)
    queued += await _structure(session, tenant_id, party, entity_id)
    if queued:
        wake_dispatch(session)
    return queued


async def _work_days(session: AsyncSession, tenant_id: UUID, party: str, entity_id: UUID) -> int:
    days = WorkDayRepository(session)
    ids = await days.fixable(tenant_id, party, entity_id, HOLD_TARGETS[party], FIX_TARGETS[party])
    if not ids:
        return 0
    outbox = OutboxRepository(session)
    # The days' own rows go back (a held row with its key, a refused one with a new key); a
    # day that never had a row (its site was not linked when it was made) gets one.
    await outbox.requeue(tenant_id, await outbox.fixable(tenant_id, OutboxKind.work_day, ids, None))
    await outbox.enqueue(tenant_id, OutboxKind.work_day, ids, datetime.now(UTC))
    await days.mark_ccus(tenant_id, ids, CcusState.pending)
    return len(ids)


async def _structure(session: AsyncSession, tenant_id: UUID, party: str, entity_id: UUID) -> int:
    changes = StructureChangeRepository(session)
    outbox = OutboxRepository(session)
    sites = set(await changes.resend_refused(tenant_id, party, entity_id, FIX_TARGETS[party]))
    if party == "site":
        # Its own structure rows (not applicable before its 現場ID, or refused: DATK0411E), or
        # differences made while it had no 現場ID, which nothing queued.
        own = await outbox.fixable(tenant_id, OutboxKind.structure, [entity_id], FIX_TARGETS[party])
        if own or await changes.unsent(tenant_id, entity_id):
            sites.add(entity_id)
    elif party == "business":
        sites |= set(await changes.sites_waiting_for(tenant_id, business_id=entity_id))
    else:
        sites |= set(await changes.sites_waiting_for(tenant_id, worker_id=entity_id))
    sending = await SiteRepository(session).sending_structure(tenant_id, sites)
    if not sending:
        return 0
    stale = await outbox.fixable(tenant_id, OutboxKind.structure, sending, None)
    requeued = await outbox.requeue(tenant_id, stale)
    queued = await outbox.enqueue(tenant_id, OutboxKind.structure, sending, datetime.now(UTC))
    return requeued + queued
