"""The cluster's connection URL: every PostgreSQL node, target_session_attrs=read-write. The
engine skips nodes that are down or read-only; while no node takes writes (a failover), a
request is answered 503 with Retry-After, never 500."""

from __future__ import annotations

from fastapi import FastAPI
from httpx import ASGITransport, AsyncClient
from sqlalchemy import text

from api.config import Settings
from api.db import create_engine, create_sessionmaker
from tests.fixtures.servers import ServerSet, free_port


def _multi_host_url(migrated: ServerSet, target: str, *, dead_node: bool) -> str:
    roles, postgres = migrated.roles, migrated.postgres
    hosts = f"host={postgres.host}:{postgres.port}"
    if dead_node:
        hosts = f"host={postgres.host}:{free_port()}&{hosts}"
    return (
        f"postgresql+asyncpg://{roles.app}:{roles.app_password}@/{roles.database}"
        f"?{hosts}&target_session_attrs={target}"
    )


async def test_the_engine_skips_a_dead_node_for_the_writable_one(
    settings: Settings, migrated: ServerSet
) -> None:
    url = _multi_host_url(migrated, "read-write", dead_node=True)
    engine = create_engine(settings.model_copy(update={"database_url": url}), application_name="t")
    try:
        async with engine.connect() as connection:
            port = await connection.scalar(text("SELECT inet_server_port()"))
            in_recovery = await connection.scalar(text("SELECT pg_is_in_recovery()"))
    finally:
        await engine.dispose()
    assert (port, in_recovery) == (migrated.postgres.port, False)


async def test_no_writable_node_is_a_retryable_503(
    app: FastAPI, settings: Settings, migrated: ServerSet
) -> None:
    # Our one server is a primary: asking for a standby is "no node matches", as mid-failover
    # (a dead node in the list would turn it into the refused connection's error instead).
    url = _multi_host_url(migrated, "standby", dead_node=False)
    engine = create_engine(settings.model_copy(update={"database_url": url}), application_name="t")
    app.state.engine = engine
    app.state.sessionmaker = create_sessionmaker(engine)
    transport = ASGITransport(app=app, raise_app_exceptions=False)
    try:
        async with AsyncClient(transport=transport, base_url="http://genba.test") as client:
            response = await client.post(
                "/api/v1/terminal/events",
                json={"events": []},
                headers={"X-API-Key": "gk_abcdefgh1234_" + "x" * 32},
            )
    finally:
        await engine.dispose()
    assert response.status_code == 503, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.headers["Retry-After"] == "2"
