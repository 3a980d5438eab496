from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from sqlalchemy import select, text
from sqlalchemy.orm import selectinload

from api.kit.repository import Repository
from api.models.api_key import ApiKey
from api.models.user import User


class CredentialRepository(Repository[User]):
    """Finds a credential before the tenant is known. Row-level security admits exactly the row
    named by app.login_email / app.api_key_prefix (see the login_lookup policies)."""

    model = User

    async def find_users_for_login(self, email: str) -> Sequence[User]:
        """Every account with this address: one per tenant at most (ADR 0021)."""
        await self.session.execute(
            text("SELECT set_config('app.login_email', :email, true)"), {"email": email}
        )
        return await self.get_all(select(User).where(User.email == email).order_by(User.id))

    async def find_api_key(self, prefix: str) -> ApiKey | None:
        await self.session.execute(
            text("SELECT set_config('app.api_key_prefix', :prefix, true)"), {"prefix": prefix}
        )
        result = await self.session.execute(select(ApiKey).where(ApiKey.prefix == prefix))
        return result.scalar_one_or_none()

    async def get_user(self, tenant_id: UUID, user_id: UUID) -> User | None:
        statement = (
            select(User)
            .where(User.tenant_id == tenant_id, User.id == user_id)
            .options(selectinload(User.branch_links))
        )
        return await self.get_one_or_none(statement)
