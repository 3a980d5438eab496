"""Per-record results of a work-history submission, written back where staff see them."""

from __future__ import annotations

from uuid import UUID

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from api.ccus.gateway import CcusGateway

_APPLY = text(
    """
    WITH results AS (
        SELECT * FROM unnest(CAST(:keys AS text[]), CAST(:oks AS boolean[]), CAST(:codes AS text[]),
                             CAST(:messages AS text[])) AS r(key, ok, code, message)
    ), outbox AS (
        UPDATE ccus_outbox o SET status = CASE WHEN r.ok THEN 'succeeded' ELSE 'failed' END,
            error_code = r.code, error_message = r.message, resolved_at = now(), updated_at = now()
        FROM results r
        WHERE o.tenant_id = :tenant_id AND o.idempotency_key = r.key AND o.status = 'awaiting_result'
        RETURNING o.entity_id, o.payload, r.ok, r.code, r.message
    )
    UPDATE work_days d SET ccus_status = CASE WHEN outbox.ok THEN 'synced' ELSE 'failed' END,
        ccus_error_code = outbox.code, ccus_error_message = outbox.message, ccus_checked_at = now()
    FROM outbox
    WHERE d.tenant_id = :tenant_id AND d.id = outbox.entity_id AND outbox.payload IS NULL
    """
)


async def collect(
    session: AsyncSession, gateway: CcusGateway, tenant_id: UUID, submission_id: str
) -> bool:
    """True once the submission's results are written; False while CCUS is still processing."""
    submission = await gateway.get_submission(submission_id)
    if submission.status != "done":
        return False
    results = submission.results
    await session.execute(
        _APPLY,
        {
            "tenant_id": tenant_id,
            "keys": [result.key for result in results],
            "oks": [result.status == "ok" for result in results],
            "codes": [result.code for result in results],
            "messages": [result.message for result in results],
        },
    )
    return True
