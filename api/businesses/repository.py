from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from sqlalchemy import Select, exists, func, select
from sqlalchemy.orm import QueryableAttribute, selectinload

from api.auth.subject import AuthSubject
from api.kit.ccus_repository import CcusLinkedRepository
from api.kit.repository import TenantScopedRepository
from api.kit.search import contains
from api.kit.sorting import order_by
from api.models.branch import Branch
from api.models.business import Business, BusinessBranch
from api.models.master import Prefecture
from api.models.structure import SiteBusiness
from api.models.worker import Worker


@dataclass(frozen=True)
class BusinessFilters:
    branch_id: UUID | None = None
    code: str | None = None
    name: str | None = None
    ccus_business_id: str | None = None
    phone: str | None = None
    has_ccus_id: bool | None = None
    site_id: UUID | None = None
    sort: str | None = None


SORTABLE: dict[str, QueryableAttribute[Any]] = {
    "code": Business.code,
    "name": Business.name,
    "name_kana": Business.name_kana,
    "created_at": Business.created_at,
    "updated_at": Business.updated_at,
}


class BusinessRepository(CcusLinkedRepository, TenantScopedRepository[Business]):
    model = Business
    ccus_id = Business.ccus_business_id
    ccus_label = Business.name
    ccus_secret = Business.verification_number_encrypted

    def scoped(self, tenant_id: UUID) -> Select[Business]:
        return super().scoped(tenant_id).options(selectinload(Business.branch_links))

    def visible(self, subject: AuthSubject) -> Select[Business]:
        """Branch-limited callers see businesses that belong to at least one of their branches."""
        statement = self.scoped(subject.tenant_id)
        if subject.branch_ids is not None:
            statement = statement.where(
                exists().where(
                    BusinessBranch.tenant_id == Business.tenant_id,
                    BusinessBranch.business_id == Business.id,
                    BusinessBranch.branch_id.in_(subject.branch_ids),
                )
            )
        return statement

    def filtered(self, subject: AuthSubject, filters: BusinessFilters) -> Select[Business]:
        statement = self.visible(subject)
        if filters.branch_id is not None:
            statement = statement.where(
                exists().where(
                    BusinessBranch.tenant_id == Business.tenant_id,
                    BusinessBranch.business_id == Business.id,
                    BusinessBranch.branch_id == filters.branch_id,
                )
            )
        if filters.code:
            statement = statement.where(contains([Business.code], filters.code))
        if filters.name:
            statement = statement.where(contains([Business.name, Business.name_kana], filters.name))
        if filters.ccus_business_id:
            statement = statement.where(
                contains([Business.ccus_business_id], filters.ccus_business_id)
            )
        if filters.phone:
            statement = statement.where(contains([Business.phone, Business.fax], filters.phone))
        if filters.has_ccus_id is not None:
            statement = statement.where(
                Business.ccus_business_id.is_not(None)
                if filters.has_ccus_id
                else Business.ccus_business_id.is_(None)
            )
        if filters.site_id is not None:
            statement = statement.where(
                exists().where(
                    SiteBusiness.tenant_id == Business.tenant_id,
                    SiteBusiness.business_id == Business.id,
                    SiteBusiness.site_id == filters.site_id,
                )
            )
        return statement.order_by(*order_by(filters.sort, SORTABLE, "name_kana", Business.id))

    async def get_visible(self, subject: AuthSubject, business_id: UUID) -> Business | None:
        return await self.get_one_or_none(self.visible(subject).where(Business.id == business_id))

    async def assignable_branch_ids(self, subject: AuthSubject) -> set[UUID]:
        statement = select(Branch.id).where(Branch.tenant_id == subject.tenant_id)
        if subject.branch_ids is not None:
            statement = statement.where(Branch.id.in_(subject.branch_ids))
        return set((await self.session.execute(statement)).scalars())

    async def prefecture_codes(self) -> set[str]:
        return set((await self.session.execute(select(Prefecture.code))).scalars())

    async def taken_codes(
        self, tenant_id: UUID, codes: Iterable[str], *, except_id: UUID | None = None
    ) -> set[str]:
        statement = select(Business.code).where(
            Business.tenant_id == tenant_id, Business.code.in_(set(codes))
        )
        if except_id is not None:
            statement = statement.where(Business.id != except_id)
        return set((await self.session.execute(statement)).scalars())

    async def taken_ccus_ids(
        self, tenant_id: UUID, ccus_ids: Iterable[str], *, except_id: UUID | None = None
    ) -> set[str]:
        wanted = {value for value in ccus_ids if value}
        if not wanted:
            return set()
        statement = select(Business.ccus_business_id).where(
            Business.tenant_id == tenant_id, Business.ccus_business_id.in_(wanted)
        )
        if except_id is not None:
            statement = statement.where(Business.id != except_id)
        return {value for value in (await self.session.execute(statement)).scalars() if value}

    async def own_company_id(self, tenant_id: UUID) -> UUID | None:
        statement = select(Business.id).where(
            Business.tenant_id == tenant_id, Business.is_own_company
        )
        return (await self.session.execute(statement)).scalar_one_or_none()

    async def worker_count(self, tenant_id: UUID, business_id: UUID) -> int:
        statement = select(func.count()).where(
            Worker.tenant_id == tenant_id, Worker.business_id == business_id
        )
        return (await self.session.execute(statement)).scalar_one()

    async def by_codes(self, tenant_id: UUID, codes: Iterable[str]) -> dict[str, Business]:
        statement = self.scoped(tenant_id).where(Business.code.in_(set(codes)))
        return {row.code: row for row in (await self.session.execute(statement)).scalars()}
