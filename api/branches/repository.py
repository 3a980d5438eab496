from __future__ import annotations

from uuid import UUID

from sqlalchemy import Select, exists, select

from api.auth.subject import AuthSubject
from api.kit.repository import TenantScopedRepository
from api.models.branch import Branch
from api.models.business import BusinessBranch
from api.models.site import Site
from api.models.user import UserBranch


class BranchRepository(TenantScopedRepository[Branch]):
    model = Branch

    def visible(self, subject: AuthSubject) -> Select[Branch]:
        statement = self.scoped(subject.tenant_id)
        if subject.branch_ids is not None:
            statement = statement.where(Branch.id.in_(subject.branch_ids))
        return statement

    async def code_taken(
        self, tenant_id: UUID, code: str, *, except_id: UUID | None = None
    ) -> bool:
        conditions = [Branch.tenant_id == tenant_id, Branch.code == code]
        if except_id is not None:
            conditions.append(Branch.id != except_id)
        return bool((await self.session.execute(select(exists().where(*conditions)))).scalar())

    async def is_referenced(self, tenant_id: UUID, branch_id: UUID) -> bool:
        """Users, businesses (所属支店) or sites still belong to the branch."""
        statement = select(
            exists().where(UserBranch.tenant_id == tenant_id, UserBranch.branch_id == branch_id)
            | exists().where(
                BusinessBranch.tenant_id == tenant_id, BusinessBranch.branch_id == branch_id
            )
            | exists().where(Site.tenant_id == tenant_id, Site.branch_id == branch_id)
        )
        return bool((await self.session.execute(statement)).scalar())

    async def existing_ids(self, tenant_id: UUID, ids: set[UUID]) -> set[UUID]:
        result = await self.session.execute(
            select(Branch.id).where(Branch.tenant_id == tenant_id, Branch.id.in_(ids))
        )
        return set(result.scalars().all())
