"""The per-record results CCUS sends back for a submission, onto the rows it carried."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

_APPLY = text(
    """
    UPDATE ccus_outbox o SET status = CASE WHEN r.ok THEN 'succeeded' ELSE 'rejected' END,
        error_code = r.code, error_message = r.message, resolved_at = now(), updated_at = now()
    FROM unnest(CAST(:keys AS text[]), CAST(:oks AS boolean[]), CAST(:codes AS text[]),
                CAST(:messages AS text[])) AS r(key, ok, code, message)
    WHERE o.tenant_id = :tenant_id AND o.idempotency_key = r.key AND o.status = 'awaiting_result'
    RETURNING o.entity_id, o.payload IS NULL AS live, r.ok, r.code, r.message
    """
)


class OutboxResults:
    session: AsyncSession

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
