"""Work history: a batch of work days in one submission; CCUS answers per record later
(see `work_results`)."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.attendance.repository import WorkDayRepository
from api.ccus.catalogue import local_message
from api.ccus.gateway import CcusError, CcusGateway, CcusRejected
from api.ccus.holds import RULES
from api.ccus.repositories import Claimed, OutboxRepository
from api.ccus.senders.outcomes import give_up_or_retry
from api.ccus.senders.work_records import work_record
from api.ccus.wire import WorkRecord
from api.config import Settings
from api.models.ccus_outbox import OutboxStatus
from api.models.ccus_state import CcusState


async def send_work_days(
    session: AsyncSession,
    gateway: CcusGateway,
    settings: Settings,
    tenant_id: UUID,
    rows: Sequence[Claimed],
) -> float | None:
    """Submit one batch; answers after how many seconds to collect the results (None: nothing sent)."""
    work_days = WorkDayRepository(session)
    outbox = OutboxRepository(session)
    days = {day.id: day for day in await work_days.for_ccus(tenant_id, [r.entity_id for r in rows])}
    records: list[WorkRecord] = []
    sent: list[Claimed] = []
    for row in rows:
        record = work_record(row, days.get(row.entity_id))
        if isinstance(record, WorkRecord):
            records.append(record)
            sent.append(row)
        elif record == "gone":
            await outbox.resolve(tenant_id, [row.id], OutboxStatus.cancelled)
        else:
            # Sent by itself once the missing ID is saved and checks ○ (requeue_for_fix).
            message = local_message(record)
            if RULES[record].status is OutboxStatus.held:
                await outbox.hold(tenant_id, row.id, record, message)
            else:
                await outbox.resolve(tenant_id, [row.id], RULES[record].status, record, message)
            state = CcusState(RULES[record].status.value)
            await work_days.mark_ccus(tenant_id, [row.entity_id], state, record, message)
    if not records:
        return None
    try:
        accepted = await gateway.submit_work_histories(records)
    except CcusError as error:
        await give_up_or_retry(session, tenant_id, sent, error, settings)
        if isinstance(error, CcusRejected):
            await work_days.mark_ccus(
                tenant_id,
                [row.entity_id for row in sent],
                CcusState.rejected,
                *error.stored(),
            )
        return None
    await outbox.mark_awaiting(tenant_id, [row.id for row in sent], accepted.submission_id)
    live = [row.entity_id for row in sent if row.entity_id in days]
    await work_days.mark_ccus(tenant_id, live, CcusState.awaiting_result)
    return accepted.results_after_seconds
