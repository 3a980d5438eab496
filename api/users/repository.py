from __future__ import annotations

from uuid import UUID

from sqlalchemy import Select, exists, select
from sqlalchemy.orm import selectinload

from api.kit.repository import TenantScopedRepository
from api.models.user import User


class UserRepository(TenantScopedRepository[User]):
    model = User

    def scoped(self, tenant_id: UUID) -> Select[User]:
        return super().scoped(tenant_id).options(selectinload(User.branch_links))

    async def email_taken(self, email: str) -> bool:
        # Emails are unique across tenants (they are login names), so this check is global;
        # row-level security still hides which tenant holds it.
        statement = select(exists().where(User.email == email))
        return bool((await self.session.execute(statement)).scalar())
