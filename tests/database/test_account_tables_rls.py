"""The new tenant tables follow the policy of the others, and the token lookup admits exactly
the row its hash names, before any tenant is set."""

from __future__ import annotations

from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from api.accounts.repository import AccountTokenRepository
from api.config import Settings
from api.db import set_tenant
from api.models.account import AccountToken, UserSession
from tests.fixtures.factories import create_tenant, populate_tenant


async def _count(session: AsyncSession, model: type[object]) -> int:
    return int((await session.execute(select(func.count()).select_from(model))).scalar_one())


async def test_sessions_and_tokens_are_seen_by_their_tenant_only(
    session: AsyncSession, settings: Settings
) -> None:
    mine, theirs = await create_tenant(session), await create_tenant(session)
    await populate_tenant(session, settings, mine)
    await populate_tenant(session, settings, theirs)
    await set_tenant(session, mine.id)
    for column in (AccountToken.tenant_id, UserSession.tenant_id):
        rows = (await session.execute(select(column))).scalars().all()
        assert rows
        assert set(rows) == {mine.id}


async def test_the_token_lookup_admits_only_the_named_row(
    session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    await populate_tenant(session, settings, tenant)
    await populate_tenant(session, settings, await create_tenant(session))
    await set_tenant(session, tenant.id)
    token_hash = (await session.execute(select(AccountToken.token_hash))).scalars().first()
    assert token_hash is not None
    await session.execute(text("SELECT set_config('app.tenant_id', '', true)"))
    assert await _count(session, AccountToken) == 0
    found = await AccountTokenRepository(session).find_by_hash(token_hash)
    assert found is not None
    assert found.tenant_id == tenant.id
    assert await _count(session, AccountToken) == 1
