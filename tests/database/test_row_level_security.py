"""The database wall between tenants: PostgreSQL row-level security, forced on every tenant
table, with no way around it for the app role and nothing visible without a tenant."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError, ProgrammingError
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine

import api.router  # noqa: F401 - imports every repository so the registry is complete
from api.config import Settings
from api.db import set_tenant
from api.models import Branch, User
from api.models.tenant import Tenant
from tests.fixtures.factories import (
    create_branch,
    create_tenant,
)
from tests.fixtures.servers import ServerSet


async def _tenant_tables(url: str) -> list[dict[str, Any]]:
    engine = create_async_engine(url)
    try:
        async with engine.connect() as connection:
            rows = await connection.execute(
                text(
                    """
                    SELECT c.relname AS table, c.relrowsecurity AS enabled,
                           c.relforcerowsecurity AS forced,
                           EXISTS (SELECT 1 FROM pg_policies p
                                   WHERE p.tablename = c.relname AND p.policyname = 'tenant_isolation'
                                     AND p.qual LIKE '%app_current_tenant()%'
                                     AND p.with_check LIKE '%app_current_tenant()%') AS has_policy
                    FROM pg_class c
                    JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
                    WHERE c.relkind IN ('r', 'p')
                      AND (EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid
                                   AND a.attname = 'tenant_id' AND NOT a.attisdropped)
                           OR c.relname = 'tenants')
                    ORDER BY 1
                    """
                )
            )
            return [dict(row._mapping) for row in rows]
    finally:
        await engine.dispose()


def test_every_tenant_table_has_row_level_security_enabled_and_forced(
    migrated: ServerSet,
) -> None:
    tables = asyncio.run(_tenant_tables(migrated.owner_url))
    assert len(tables) >= 6
    unprotected = [
        row["table"]
        for row in tables
        if not (row["enabled"] and row["forced"] and row["has_policy"])
    ]
    assert unprotected == []


async def test_app_role_cannot_bypass_row_level_security(session: AsyncSession) -> None:
    row = (
        await session.execute(
            text("SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user")
        )
    ).one()
    assert tuple(row) == (False, False)


async def test_rls_shows_only_the_current_tenants_rows(session: AsyncSession) -> None:
    mine, theirs = await create_tenant(session), await create_tenant(session)
    await create_branch(session, mine)
    await create_branch(session, theirs)
    await create_branch(session, theirs)

    await set_tenant(session, mine.id)
    # No tenant filter in this query: only the policy stands between the tenants.
    tenant_ids = (await session.execute(select(Branch.tenant_id))).scalars().all()
    assert tenant_ids == [mine.id]
    visible_tenants = (await session.execute(select(Tenant.id))).scalars().all()
    assert visible_tenants == [mine.id]


async def test_rls_refuses_writes_into_another_tenant(session: AsyncSession) -> None:
    mine, theirs = await create_tenant(session), await create_tenant(session)
    await set_tenant(session, mine.id)
    session.add(Branch(tenant_id=theirs.id, code="X1", name="他社支店"))
    with pytest.raises(ProgrammingError, match="row-level security"):
        await session.flush()


async def test_no_tenant_set_fails_closed(session: AsyncSession) -> None:
    tenant = await create_tenant(session)
    await create_branch(session, tenant)
    await session.execute(text("SELECT set_config('app.tenant_id', '', true)"))
    assert (await session.execute(select(func.count()).select_from(Branch))).scalar_one() == 0
    session.add(Branch(tenant_id=tenant.id, code="X2", name="支店"))
    with pytest.raises(DBAPIError, match="row-level security"):
        await session.flush()


async def test_a_fresh_connection_has_no_tenant(settings: Settings) -> None:
    engine = create_async_engine(settings.database_url)
    try:
        async with engine.connect() as connection:
            assert (await connection.execute(text("SELECT app_current_tenant()"))).scalar() is None
            assert (
                await connection.execute(select(func.count()).select_from(User))
            ).scalar_one() == 0
    finally:
        await engine.dispose()
