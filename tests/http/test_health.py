from __future__ import annotations

from datetime import UTC, datetime

from arq.connections import ArqRedis
from fastapi import FastAPI
from httpx import ASGITransport, AsyncClient
from pydantic import SecretStr

from api.config import Environment
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


async def test_metrics_need_the_token_when_one_is_set(app: FastAPI) -> None:
    app.state.settings = app.state.settings.model_copy(
        update={"metrics_token": SecretStr("scrape-me")}
    )
    transport = ASGITransport(app=app)
    async with AsyncClient(transport=transport, base_url="http://genba.test") as client:
        assert (await client.get("/metrics")).status_code == 404
        wrong = await client.get("/metrics", headers={"Authorization": "Bearer scrape-you"})
        assert wrong.status_code == 404
        right = await client.get("/metrics", headers={"Authorization": "Bearer scrape-me"})
        assert right.status_code == 200
        assert "genba_http_requests_total" in right.text


async def test_production_without_a_token_serves_no_metrics(app: FastAPI) -> None:
    app.state.settings = app.state.settings.model_copy(update={"env": Environment.production})
    transport = ASGITransport(app=app)
    async with AsyncClient(transport=transport, base_url="http://genba.test") as client:
        response = await client.get("/metrics")
    assert response.status_code == 404
    assert "genba_http_requests_total" not in response.text
