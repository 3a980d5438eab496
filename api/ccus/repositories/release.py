"""Held work-day rows back to the queue once the ID check that held them passes."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from sqlalchemy import Select, case, exists, func, tuple_, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from api.models.ccus_outbox import OutboxKind, OutboxRow, OutboxStatus

_PENDING_INDEX_NAME = "uq_ccus_outbox_pending_entity"
_RELEASE_TRIES = 3


class OutboxRelease:
    session: AsyncSession

    async def release_held(self, tenant_id: UUID, work_days: Select[Any]) -> int:
        """Held work-day rows among `work_days` (a subquery from their owner) go back to the
        queue, due now, with their keys; answers how many. Of a day's held rows only the newest
        goes back, and none where a pending row already carries the day. An edit that commits
        the day's pending row while this runs makes the statement fail on the pending index:
        it runs again, and then sees that row."""
        for attempt in range(_RELEASE_TRIES):
            try:
                async with self.session.begin_nested():
                    return await self._release(tenant_id, work_days)
            except IntegrityError as error:
                if attempt + 1 == _RELEASE_TRIES or _PENDING_INDEX_NAME not in str(error.orig):
                    raise
        raise AssertionError("unreachable")

    async def _release(self, tenant_id: UUID, work_days: Select[Any]) -> int:
        other = aliased(OutboxRow)
        same_day = (
            (other.tenant_id == OutboxRow.tenant_id)
            & (other.kind == OutboxRow.kind)
            & (other.entity_id == OutboxRow.entity_id)
        )
        superseded = exists().where(same_day, other.status == OutboxStatus.pending)
        newer_held = exists().where(
            same_day,
            other.status == OutboxStatus.held,
            tuple_(other.created_at, other.id) > tuple_(OutboxRow.created_at, OutboxRow.id),
        )
        released = await self.session.execute(
            update(OutboxRow)
            .where(
                OutboxRow.tenant_id == tenant_id,
                OutboxRow.kind == OutboxKind.work_day,
                OutboxRow.status == OutboxStatus.held,
                OutboxRow.entity_id.in_(work_days),
            )
            .values(
                status=case(
                    (superseded | newer_held, OutboxStatus.cancelled.value),
                    else_=OutboxStatus.pending.value,
                ),
                scheduled_for=func.now(),
                error_code=None,
                error_message=None,
                updated_at=func.now(),
            )
            .execution_options(synchronize_session=False)
        )
        return int(getattr(released, "rowcount", 0) or 0)
