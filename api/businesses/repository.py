from __future__ import annotations

from collections.abc import Iterable
from uuid import UUID

from sqlalchemy import Select, func, select
from sqlalchemy.orm import selectinload

from api.auth.subject import AuthSubject
from api.businesses.filters import BusinessFilters
from api.businesses.lookup_repository import BusinessLookupQueries
from api.businesses.search_repository import in_branches, narrowed
from api.kit.ccus_repository import CcusLinkedRepository
from api.kit.repository import TenantScopedRepository
from api.models.business import Business
from api.models.worker import Worker


class BusinessRepository(
    BusinessLookupQueries, CcusLinkedRepository, TenantScopedRepository[Business]
):
    model = Business
    ccus_id = Business.ccus_business_id
    ccus_label = Business.name
    ccus_secret = Business.verification_number_encrypted
    ccus_business = Business.id

    def scoped(self, tenant_id: UUID) -> Select[Business]:
        return super().scoped(tenant_id).options(selectinload(Business.branch_links))

    def visible(self, subject: AuthSubject) -> Select[Business]:
        """Branch-limited callers see businesses that belong to at least one of their branches."""
        statement = self.scoped(subject.tenant_id)
        if subject.branch_ids is not None:
            statement = statement.where(in_branches(subject.branch_ids))
        return statement

    def filtered(self, subject: AuthSubject, filters: BusinessFilters) -> Select[Business]:
        return narrowed(self.visible(subject), filters)

    async def get_visible(self, subject: AuthSubject, business_id: UUID) -> Business | None:
        return await self.get_one_or_none(self.visible(subject).where(Business.id == business_id))

    async def worker_count(self, tenant_id: UUID, business_id: UUID) -> int:
        statement = select(func.count()).where(
            Worker.tenant_id == tenant_id, Worker.business_id == business_id
        )
        return (await self.session.execute(statement)).scalar_one()

    async def by_codes(self, tenant_id: UUID, codes: Iterable[str]) -> dict[str, Business]:
        statement = self.scoped(tenant_id).where(Business.code.in_(set(codes)))
        return {row.code: row for row in (await self.session.execute(statement)).scalars()}
