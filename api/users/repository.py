from __future__ import annotations

from uuid import UUID

from sqlalchemy import Select, delete, exists, select
from sqlalchemy.orm import selectinload

from api.kit.repository import TenantScopedRepository
from api.models.user import User


class UserRepository(TenantScopedRepository[User]):
    model = User

    def scoped(self, tenant_id: UUID) -> Select[User]:
        return super().scoped(tenant_id).options(selectinload(User.branch_links))

    async def email_taken(self, tenant_id: UUID, email: str) -> bool:
        # Unique per tenant (ADR 0021): another tenant's use of an address is never consulted.
        statement = select(exists().where(User.tenant_id == tenant_id, User.email == email))
        return bool((await self.session.execute(statement)).scalar())

    async def remove(self, tenant_id: UUID, user_id: UUID) -> None:
        """Only for an account that never had a password (a revoked invitation): its links,
        mails and sessions go with it."""
        await self.session.execute(
            delete(User).where(User.tenant_id == tenant_id, User.id == user_id)
        )
