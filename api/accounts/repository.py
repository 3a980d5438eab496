from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from uuid import UUID

from sqlalchemy import select, text, update

from api.kit.repository import TenantScopedRepository
from api.models.account import AccountToken, TokenPurpose
from api.models.user import NO_PASSWORD, User


class AccountTokenRepository(TenantScopedRepository[AccountToken]):
    model = AccountToken

    async def find_by_hash(self, token_hash: str) -> AccountToken | None:
        """Before the tenant is known: the token_lookup policy admits exactly this row."""
        await self.session.execute(
            text("SELECT set_config('app.account_token_hash', :hash, true)"), {"hash": token_hash}
        )
        statement = select(AccountToken).where(AccountToken.token_hash == token_hash)
        return await self.get_one_or_none(statement)

    async def retire_open(self, tenant_id: UUID, user_id: UUID, purpose: TokenPurpose) -> None:
        """A new link replaces the user's earlier unused ones of the same purpose."""
        await self.session.execute(
            update(AccountToken)
            .where(
                AccountToken.tenant_id == tenant_id,
                AccountToken.user_id == user_id,
                AccountToken.purpose == purpose,
                AccountToken.used_at.is_(None),
            )
            .values(used_at=datetime.now(UTC))
        )

    async def claim(self, tenant_id: UUID, token_id: UUID) -> bool:
        """Mark the token used; False when another request used it first (single use)."""
        result = await self.session.execute(
            update(AccountToken)
            .where(
                AccountToken.tenant_id == tenant_id,
                AccountToken.id == token_id,
                AccountToken.used_at.is_(None),
            )
            .values(used_at=datetime.now(UTC))
            .returning(AccountToken.id)
        )
        return result.first() is not None

    async def invited_users(self, tenant_id: UUID) -> Sequence[User]:
        """Active accounts still waiting for their password, newest first."""
        rows = await self.session.scalars(
            select(User)
            .where(User.tenant_id == tenant_id, User.password_hash == NO_PASSWORD, User.is_active)
            .order_by(User.created_at.desc(), User.id)
        )
        return rows.all()

    async def latest(
        self, tenant_id: UUID, user_ids: Sequence[UUID], purpose: TokenPurpose
    ) -> dict[UUID, AccountToken]:
        """Each user's newest link of `purpose`."""
        rows = await self.session.scalars(
            select(AccountToken)
            .where(
                AccountToken.tenant_id == tenant_id,
                AccountToken.user_id.in_(user_ids),
                AccountToken.purpose == purpose,
            )
            .order_by(AccountToken.created_at, AccountToken.id)
        )
        return {row.user_id: row for row in rows}
