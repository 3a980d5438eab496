"""Whether a site has a history that forbids deleting it (it can only be hidden)."""

from __future__ import annotations

from uuid import UUID

from sqlalchemy import exists, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.models.attendance import AttendanceEvent, WorkDay, waiting_to_fold
from api.models.structure import SiteBusiness


class SiteHistoryQueries:
    """Mixed into SiteRepository."""

    session: AsyncSession

    async def has_history(self, tenant_id: UUID, site_id: UUID) -> bool:
        """Work days or a structure (施工体制) tie CCUS records to the site; so do accepted
        terminal events the worker has yet to fold into work days."""
        work_days = exists().where(WorkDay.tenant_id == tenant_id, WorkDay.site_id == site_id)
        structure = exists().where(
            SiteBusiness.tenant_id == tenant_id, SiteBusiness.site_id == site_id
        )
        waiting = exists().where(waiting_to_fold(tenant_id), AttendanceEvent.site_id == site_id)
        history = select(or_(work_days, structure, waiting))
        return bool((await self.session.execute(history)).scalar_one())
