"""Whether a worker has a history that forbids deleting them (they can only be retired)."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from sqlalchemy import exists, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.models.attendance import AttendanceEvent, WorkDay, waiting_to_fold
from api.models.structure import SiteWorker

_HISTORY_TABLES: list[Any] = [WorkDay.__table__, SiteWorker.__table__]


class WorkerHistoryQueries:
    """Mixed into WorkerRepository."""

    session: AsyncSession

    async def has_history(self, tenant_id: UUID, worker_id: UUID) -> bool:
        """Any record of work on a site: a work day, a place in a site's structure, or an
        accepted terminal event the worker has yet to fold into a work day."""
        waiting = exists().where(waiting_to_fold(tenant_id), AttendanceEvent.worker_id == worker_id)
        if (await self.session.execute(select(waiting))).scalar_one():
            return True
        for table in _HISTORY_TABLES:
            statement = (
                select(func.count())
                .select_from(table)
                .where(table.c.tenant_id == tenant_id, table.c.worker_id == worker_id)
            )
            if (await self.session.execute(statement)).scalar_one():
                return True
        return False
