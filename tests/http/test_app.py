from __future__ import annotations

import pytest
from sqlalchemy.ext.asyncio import create_async_engine

from api.app import create_app, ensure_row_level_security_applies
from api.config import Environment, Settings
from tests.fixtures.servers import ServerSet


async def test_lifespan_builds_and_releases_its_resources(settings: Settings) -> None:
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        assert await app.state.arq.ping()
        assert app.state.sessionmaker is not None
    assert app.state.engine.pool.checkedout() == 0


async def test_production_refuses_a_role_that_bypasses_rls(
    migrated: ServerSet, settings: Settings
) -> None:
    superuser = create_async_engine(migrated.superuser_url())
    production = settings.model_copy(update={"env": Environment.production})
    try:
        with pytest.raises(RuntimeError, match="bypasses row-level security"):
            await ensure_row_level_security_applies(superuser, production)
        # The same role in development only warns.
        await ensure_row_level_security_applies(superuser, settings)
    finally:
        await superuser.dispose()
