"""Staff sessions: one row per login; its tokens work while the row is not revoked."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from uuid import UUID

from sqlalchemy import select, update

from api.kit.repository import TenantScopedRepository
from api.models.account import UserSession

_LAST_SEEN_RESOLUTION = timedelta(minutes=5)


class SessionRepository(TenantScopedRepository[UserSession]):
    model = UserSession

    async def start(
        self, tenant_id: UUID, user_id: UUID, *, user_agent: str, client_address: str
    ) -> UserSession:
        row = UserSession(
            tenant_id=tenant_id,
            user_id=user_id,
            user_agent=user_agent[:256],
            client_address=client_address[:64],
        )
        await self.add(row)
        return row

    async def live(self, tenant_id: UUID, user_id: UUID, session_id: UUID) -> UserSession | None:
        statement = select(UserSession).where(
            UserSession.tenant_id == tenant_id,
            UserSession.user_id == user_id,
            UserSession.id == session_id,
            UserSession.revoked_at.is_(None),
        )
        row = await self.get_one_or_none(statement)
        now = datetime.now(UTC)
        if row is not None and now - row.last_seen_at > _LAST_SEEN_RESOLUTION:
            row.last_seen_at = now
            await self.session.flush()
        return row

    async def of_user(self, tenant_id: UUID, user_id: UUID) -> Sequence[UserSession]:
        statement = (
            self.scoped(tenant_id)
            .where(UserSession.user_id == user_id, UserSession.revoked_at.is_(None))
            .order_by(UserSession.created_at.desc())
        )
        return await self.get_all(statement)

    async def revoke(
        self, tenant_id: UUID, user_id: UUID, *, only: UUID | None = None, keep: UUID | None = None
    ) -> int:
        """Revoke the user's live sessions (or only one, or all but one); how many ended."""
        statement = update(UserSession).where(
            UserSession.tenant_id == tenant_id,
            UserSession.user_id == user_id,
            UserSession.revoked_at.is_(None),
        )
        if only is not None:
            statement = statement.where(UserSession.id == only)
        if keep is not None:
            statement = statement.where(UserSession.id != keep)
        result = await self.session.execute(
            statement.values(revoked_at=datetime.now(UTC)).returning(UserSession.id)
        )
        return len(result.all())
