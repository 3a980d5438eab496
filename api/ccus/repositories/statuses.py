"""One tenant's rows after a send: held, awaiting the submission's result, or resolved. genba's
codes go to `hold_code`, CCUS's to `error_code` — never the other way round."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from uuid import UUID

from sqlalchemy import func, update
from sqlalchemy.ext.asyncio import AsyncSession

from api.models.ccus_outbox import OutboxRow, OutboxStatus
from api.models.ccus_state import is_hold_code


def coded(code: str | None, message: str | None) -> dict[str, str | None]:
    """The four code columns for a code and its message, whichever kind of code it is."""
    hold = is_hold_code(code)
    return {
        "hold_code": code if hold else None,
        "hold_message": message if hold else None,
        "error_code": None if hold else code,
        "error_message": None if hold else message,
    }


class OutboxStatuses:
    session: AsyncSession

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
                tenant_id, ids, status=status, resolved_at=func.now(), **coded(code, message)
            )

    async def hold(self, tenant_id: UUID, outbox_id: UUID, code: str, message: str) -> None:
        """Not sent: CCUS would refuse it until the missing ID is saved (see requeue_for_fix)."""
        await self._set(
            tenant_id,
            [outbox_id],
            status=OutboxStatus.held,
            resolved_at=func.now(),
            **coded(code, message),
        )

    async def name_subject(
        self, tenant_id: UUID, outbox_id: UUID, business_id: UUID | None, worker_id: UUID | None
    ) -> None:
        """A structure row's business and worker: those of the difference CCUS refused."""
        await self._set(
            tenant_id, [outbox_id], subject_business_id=business_id, subject_worker_id=worker_id
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
