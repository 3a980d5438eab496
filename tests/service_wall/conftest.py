"""The same harness as tests/conftest.py, but the app and the jobs run on a database role that
bypasses row-level security: here only the repositories' tenant filter stands between tenants.

Only this directory's tests get that engine; the app itself still refuses such a role in
production (api.app.ensure_row_level_security_applies), and no lifespan runs here."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest_asyncio
from sqlalchemy import make_url, text
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from api.config import Settings
from api.db import create_engine
from tests.fixtures.servers import ServerSet

BYPASS_ROLE = "genba_rls_bypass"


async def _ensure_bypass_role(migrated: ServerSet) -> None:
    superuser = create_async_engine(migrated.superuser_url())
    try:
        async with superuser.begin() as connection:
            exists = await connection.scalar(
                text("SELECT 1 FROM pg_roles WHERE rolname = :role"), {"role": BYPASS_ROLE}
            )
            if not exists:
                # A member of the app role: its grants exactly, plus BYPASSRLS (not a superuser,
                # so a query the app role may not run still fails here).
                await connection.execute(
                    text(
                        f'CREATE ROLE "{BYPASS_ROLE}" LOGIN NOSUPERUSER BYPASSRLS '
                        f'IN ROLE "{migrated.roles.app}"'
                    )
                )
    finally:
        await superuser.dispose()


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def engine(migrated: ServerSet, settings: Settings) -> AsyncIterator[AsyncEngine]:
    await _ensure_bypass_role(migrated)
    # Local socket connections are trusted by the test cluster, so the role needs no password.
    url = make_url(migrated.superuser_url()).set(username=BYPASS_ROLE)
    bypassing = settings.model_copy(
        update={"database_url": url.render_as_string(hide_password=False)}
    )
    engine = create_engine(bypassing, application_name="genba-tests-rls-bypassed")
    yield engine
    await engine.dispose()
