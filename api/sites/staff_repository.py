"""現場担当者: which users of the tenant are in charge of a site."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from uuid import UUID

from sqlalchemy import Row, delete, insert, select

from api.kit.repository import TenantScopedRepository
from api.models.site_staff import SiteStaff
from api.models.user import User


class SiteStaffRepository(TenantScopedRepository[SiteStaff]):
    model = SiteStaff

    async def of_site(self, tenant_id: UUID, site_id: UUID) -> Sequence[Row[UUID, str]]:
        statement = (
            select(User.id, User.name)
            .join(
                SiteStaff, (SiteStaff.tenant_id == User.tenant_id) & (SiteStaff.user_id == User.id)
            )
            .where(SiteStaff.tenant_id == tenant_id, SiteStaff.site_id == site_id)
            .order_by(User.name, User.id)
        )
        return (await self.session.execute(statement)).all()

    async def candidates(self, tenant_id: UUID) -> Sequence[Row[UUID, str]]:
        """Active users of the tenant: who can be put in charge of a site."""
        statement = (
            select(User.id, User.name)
            .where(User.tenant_id == tenant_id, User.is_active.is_(True))
            .order_by(User.name, User.id)
        )
        return (await self.session.execute(statement)).all()

    async def replace(self, tenant_id: UUID, site_id: UUID, user_ids: Iterable[UUID]) -> None:
        await self.session.execute(
            delete(SiteStaff).where(SiteStaff.tenant_id == tenant_id, SiteStaff.site_id == site_id)
        )
        rows = [{"tenant_id": tenant_id, "site_id": site_id, "user_id": u} for u in user_ids]
        if rows:
            await self.session.execute(insert(SiteStaff), rows)
