"""The harness: real PostgreSQL and Redis, the schema built by alembic once per run, each test
in a transaction that is rolled back, and an httpx client on the app."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
import pytest_asyncio
from arq.connections import ArqRedis
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession, async_sessionmaker

from api.ccus.http_gateway import HttpCcusGateway
from api.config import Environment, Settings
from api.db import SessionMaker, create_engine
from tests.fixtures import migrations
from tests.fixtures.app import harness_app
from tests.fixtures.jobs import Fold, folder
from tests.fixtures.sandbox import ADMIN as SANDBOX_ADMIN
from tests.fixtures.sandbox import start_sandbox
from tests.fixtures.servers import ServerSet, start_test_servers


@pytest.fixture(scope="session")
def servers() -> Iterator[ServerSet]:
    yield from start_test_servers()


@pytest.fixture
def plain_settings() -> Settings:
    """The defaults with no servers behind them, for tests of pure logic: they run in
    milliseconds, and `make mutants` runs them without PostgreSQL or Redis."""
    return Settings(env=Environment.testing, _env_file=None)


@pytest.fixture(scope="session")
def migrated(servers: ServerSet) -> ServerSet:
    migrations.upgrade(servers.owner_url, servers.roles.app)
    return servers


@pytest.fixture(scope="session")
def settings(migrated: ServerSet) -> Settings:
    return Settings(
        env=Environment.testing,
        database_url=migrated.app_url,
        migration_database_url=migrated.owner_url,
        redis_url=migrated.redis.url,
        log_json=True,
        log_level="WARNING",
        # The API suites run without a built SPA; tests/http/test_spa.py serves one of its own.
        spa_dir=str(Path(__file__).parent / "no-spa-built"),
    )


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def engine(settings: Settings) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(settings, application_name="genba-tests")
    yield engine
    await engine.dispose()


@pytest_asyncio.fixture(loop_scope="session")
async def connection(engine: AsyncEngine) -> AsyncIterator[AsyncConnection]:
    async with engine.connect() as connection:
        transaction = await connection.begin()
        yield connection
        if transaction.is_active:
            await transaction.rollback()


@pytest.fixture
def sessionmaker(connection: AsyncConnection) -> SessionMaker:
    # Code under test commits; here a commit only releases a savepoint of the outer transaction.
    return async_sessionmaker(
        bind=connection,
        expire_on_commit=False,
        autoflush=False,
        join_transaction_mode="create_savepoint",
    )


@pytest_asyncio.fixture(loop_scope="session")
async def session(sessionmaker: SessionMaker) -> AsyncIterator[AsyncSession]:
    async with sessionmaker() as session:
        yield session


@pytest_asyncio.fixture(loop_scope="session")
async def redis(settings: Settings) -> AsyncIterator[ArqRedis]:
    redis = ArqRedis.from_url(settings.redis_url)
    await redis.flushdb()
    yield redis
    await redis.aclose()


@pytest.fixture
def app(
    settings: Settings, engine: AsyncEngine, sessionmaker: SessionMaker, redis: ArqRedis
) -> FastAPI:
    return harness_app(settings, engine, sessionmaker, redis)


@pytest.fixture
def fold(settings: Settings, sessionmaker: SessionMaker, redis: ArqRedis) -> Fold:
    return folder(settings, sessionmaker, redis)


@pytest_asyncio.fixture(loop_scope="session")
async def client(app: FastAPI, session: AsyncSession) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://genba.test") as client:
        yield client


@pytest.fixture(scope="session")
def sandbox_url() -> Iterator[str]:
    yield from start_sandbox()


@pytest_asyncio.fixture(loop_scope="session")
async def sandbox_admin(sandbox_url: str) -> AsyncIterator[httpx.AsyncClient]:
    """Drives the sandbox (faults, entities); faults and entities are reset after each test."""
    async with httpx.AsyncClient(base_url=sandbox_url, headers=SANDBOX_ADMIN) as admin:
        yield admin
        await admin.put("/admin/faults", json={})
        await admin.post("/admin/entities/reset")


@pytest.fixture
def ccus_settings(settings: Settings, sandbox_url: str) -> Settings:
    """Settings pointing at the sandbox, with retries fast enough for tests."""
    return settings.model_copy(
        update={
            "ccus_base_url": sandbox_url,
            "ccus_max_attempts": 2,
            "ccus_backoff_base_seconds": 0.01,
            "ccus_retry_after_max_seconds": 0.5,
            "ccus_maintenance_weekdays": [],
        }
    )


@pytest_asyncio.fixture(loop_scope="session")
async def gateway(app: FastAPI, ccus_settings: Settings) -> AsyncIterator[HttpCcusGateway]:
    """The real gateway on the sandbox, and the app's: what its CCUS endpoints reach."""
    client = HttpCcusGateway.client_for(ccus_settings)
    gateway = HttpCcusGateway(client, ccus_settings)
    app.state.ccus = gateway
    yield gateway
    await client.aclose()
