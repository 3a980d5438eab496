from __future__ import annotations

from datetime import UTC, datetime

from arq.connections import ArqRedis
from fastapi import FastAPI
from httpx import AsyncClient

from api.operations.tasks import HEARTBEAT_KEY, heartbeat
from tests.fixtures.servers import free_port


async def test_healthz(client: AsyncClient) -> None:
    response = await client.get("/healthz")
    assert (response.status_code, response.json()) == (200, {"status": "ok"})


async def test_readyz_reports_database_redis_and_worker(
    client: AsyncClient, redis: ArqRedis
) -> None:
    before = await client.get("/readyz")
    assert before.status_code == 200
    assert before.json()["worker_last_seen"] is None
    await heartbeat({"redis": redis})
    after = (await client.get("/readyz")).json()
    assert after["database"] == after["redis"] == "ok"
    assert datetime.fromisoformat(after["worker_last_seen"]) <= datetime.now(UTC)
    assert await redis.ttl(HEARTBEAT_KEY) > 0


async def test_readyz_fails_when_redis_is_unreachable(app: FastAPI, client: AsyncClient) -> None:
    app.state.arq = ArqRedis.from_url(f"redis://127.0.0.1:{free_port()}/0")
    try:
        response = await client.get("/readyz")
    finally:
        await app.state.arq.aclose()
    assert response.status_code == 503
    assert response.json()["code"] == "server.dependency_down"
    assert "redis" in response.json()["detail"]


async def test_metrics_count_requests_by_route_template(client: AsyncClient) -> None:
    await client.get("/api/v1/branches/00000000-0000-0000-0000-000000000000")
    text = (await client.get("/metrics")).text
    assert 'route="/api/v1/branches/{branch_id}"' in text
    assert "00000000-0000-0000-0000-000000000000" not in text
