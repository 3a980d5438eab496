"""What the business rules read from the database: assignable branches, prefectures, the
codes and CCUS IDs other businesses already hold, and the tenant's own company."""

from __future__ import annotations

from collections.abc import Iterable
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.subject import AuthSubject
from api.models.branch import Branch
from api.models.business import Business
from api.models.master import Prefecture


class BusinessLookupQueries:
    """Mixed into BusinessRepository."""

    session: AsyncSession

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
