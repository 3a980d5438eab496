"""A site's structure (施工体制): the businesses on it, their tiers and insurance."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from sqlalchemy import and_, exists, func, select, true

from api.kit.repository import TenantScopedRepository
from api.models.attendance import WorkDay
from api.models.business import Business
from api.models.master import InsuranceValue
from api.models.structure import SiteBusiness, SiteWorker, StructureChange
from api.structure.join_repository import BusinessJoins


class SiteBusinessRepository(BusinessJoins, TenantScopedRepository[SiteBusiness]):
    model = SiteBusiness

    async def entries(
        self, tenant_id: UUID, site_id: UUID
    ) -> Sequence[tuple[SiteBusiness, Business, int, int, bool]]:
        """Each entry with its business, its site workers and spot workers among them, and
        whether it has attendance; in 表示順 within each tier."""
        workers = (
            select(func.count(), func.count().filter(SiteWorker.is_spot))
            .where(
                SiteWorker.tenant_id == tenant_id,
                SiteWorker.site_id == site_id,
                SiteWorker.business_id == SiteBusiness.business_id,
            )
            .lateral()
        )
        attended = exists().where(
            WorkDay.tenant_id == tenant_id,
            WorkDay.site_id == site_id,
            WorkDay.business_id == SiteBusiness.business_id,
        )
        statement = (
            select(SiteBusiness, Business, workers.c[0], workers.c[1], attended)
            .join(
                Business,
                and_(
                    Business.tenant_id == SiteBusiness.tenant_id,
                    Business.id == SiteBusiness.business_id,
                ),
            )
            .join(workers, true())
            .where(SiteBusiness.tenant_id == tenant_id, SiteBusiness.site_id == site_id)
            .order_by(SiteBusiness.tier, SiteBusiness.display_order, Business.code, SiteBusiness.id)
        )
        return [
            (row[0], row[1], row[2], row[3], row[4])
            for row in (await self.session.execute(statement)).all()
        ]

    async def next_display_order(self, tenant_id: UUID, site_id: UUID) -> int:
        statement = select(func.coalesce(func.max(SiteBusiness.display_order), 0) + 1).where(
            SiteBusiness.tenant_id == tenant_id, SiteBusiness.site_id == site_id
        )
        return int((await self.session.execute(statement)).scalar_one())

    async def entry(self, tenant_id: UUID, site_id: UUID, business_id: UUID) -> SiteBusiness | None:
        return await self.get_one_or_none(
            self.scoped(tenant_id).where(
                SiteBusiness.site_id == site_id, SiteBusiness.business_id == business_id
            )
        )

    async def has_attendance(self, tenant_id: UUID, site_id: UUID, business_id: UUID) -> bool:
        statement = select(
            exists().where(
                WorkDay.tenant_id == tenant_id,
                WorkDay.site_id == site_id,
                WorkDay.business_id == business_id,
            )
        )
        return bool((await self.session.execute(statement)).scalar())

    async def insurance_values(self) -> set[tuple[str, str]]:
        rows = await self.session.execute(select(InsuranceValue.kind, InsuranceValue.code))
        return {(kind, code) for kind, code in rows.all()}

    def record_change(self, change: StructureChange) -> None:
        self.session.add(change)
