"""The results of a work-history submission, once CCUS has them, onto the outbox rows and the
work days they carried."""

from __future__ import annotations

from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.attendance.repository import WorkDayRepository
from api.ccus.gateway import CcusGateway
from api.ccus.repositories import OutboxRepository
from api.webhooks import announce


async def collect_results(
    session: AsyncSession, gateway: CcusGateway, tenant_id: UUID, submission_id: str
) -> bool:
    """True once the submission's results are written back where staff see them; False while
    CCUS is still processing."""
    submission = await gateway.get_submission(submission_id)
    if submission.status != "done":
        return False
    answers = [
        (result.key, result.status == "ok", result.code, result.message)
        for result in submission.results
    ]
    applied = await OutboxRepository(session).apply_results(tenant_id, answers)
    await WorkDayRepository(session).mark_ccus_results(tenant_id, applied)
    await announce.ccus_results(
        session,
        tenant_id,
        "work_day",
        [day_id for day_id, ok, _, _ in applied if ok],
        [(day_id, code) for day_id, ok, code, _ in applied if not ok],
    )
    return True
