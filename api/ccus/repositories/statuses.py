"""One tenant's rows after a send: held, awaiting the submission's result, or resolved."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from uuid import UUID

from sqlalchemy import func, update
from sqlalchemy.ext.asyncio import AsyncSession

from api.models.ccus_outbox import OutboxRow, OutboxStatus


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
                tenant_id,
                ids,
                status=status,
                error_code=code,
                error_message=message,
                resolved_at=func.now(),
            )

    async def hold(self, tenant_id: UUID, outbox_id: UUID, code: str, message: str) -> None:
        """Not sent: it would only fail until an ID check passes (see release_held)."""
        await self._set(
            tenant_id, [outbox_id], status=OutboxStatus.held, error_code=code, error_message=message
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
