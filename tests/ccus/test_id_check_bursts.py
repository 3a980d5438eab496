"""まとめて確認 pressed many times at once, for real: each request on its own connection of a
committing engine, the jobs run by arq's worker (twenty at a time) against the real sandbox.
One tenant's ID checks take turns, so presses never deadlock, never wait for a run, and never
make the worker fail."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from uuid import UUID

import httpx
import pytest
import pytest_asyncio
from arq.connections import ArqRedis
from arq.worker import Worker
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from api.ccus.http_gateway import HttpCcusGateway
from api.config import Settings
from api.db import create_sessionmaker
from api.kit.tasks import FUNCTIONS
from tests.ccus.world import linked_world
from tests.fixtures.app import harness_app
from tests.fixtures.factories import bearer, create_business, create_user, create_worker
from tests.fixtures.servers import ServerSet

BURSTS, PRESSES, WORKERS = 3, 12, 24


@dataclass
class Committed:
    tenant_id: UUID
    headers: dict[str, str]
    linked: int


@pytest_asyncio.fixture(loop_scope="session")
async def committed(
    engine: AsyncEngine, servers: ServerSet, ccus_settings: Settings
) -> AsyncIterator[Committed]:
    """A tenant committed for real (other connections must see it), removed afterwards."""
    async with create_sessionmaker(engine)() as session:
        world = await linked_world(session, ccus_settings)
        for n in range(WORKERS):
            business = await create_business(
                session, world.tenant, ccus_business_id=f"9{n:013d}", code=f"BB{n:03d}"
            )
            await create_worker(session, world.tenant, business, ccus_worker_id=f"8{n:013d}")
        user = await create_user(session, world.tenant)
        await session.commit()
    yield Committed(world.tenant.id, bearer(ccus_settings, user), 3 + 2 * WORKERS)
    # Foreign keys off for the sweep: every row of the tenant goes, whatever its table.
    owner = create_async_engine(servers.superuser_url())
    try:
        async with owner.begin() as connection:
            await connection.execute(text("SET LOCAL session_replication_role = replica"))
            tables = await connection.execute(
                text(
                    "SELECT table_name FROM information_schema.columns WHERE column_name = "
                    "'tenant_id' AND table_schema = 'public'"
                )
            )
            for (table,) in tables.all():
                await connection.execute(
                    text(f'DELETE FROM "{table}" WHERE tenant_id = :t'),
                    {"t": world.tenant.id},
                )
            await connection.execute(
                text("DELETE FROM tenants WHERE id = :t"), {"t": world.tenant.id}
            )
    finally:
        await owner.dispose()


async def _press(client: httpx.AsyncClient, headers: dict[str, str]) -> tuple[int, float, str]:
    started = time.monotonic()
    response = await client.post("/api/v1/ccus/id-checks", headers=headers)
    body = response.json() if response.status_code == 202 else {}
    return response.status_code, time.monotonic() - started, str(body.get("job_id"))


# Three bursts, the worker's runs and the sandbox's answers: seconds, and more on a loaded machine.
@pytest.mark.timeout(90)
async def test_bursts_of_presses_answer_at_once_and_the_worker_runs_them_without_failing(
    committed: Committed, engine: AsyncEngine, ccus_settings: Settings, redis: ArqRedis
) -> None:
    sessionmaker = create_sessionmaker(engine)
    app = harness_app(ccus_settings, engine, sessionmaker, redis)
    gateway_client = HttpCcusGateway.client_for(ccus_settings)
    worker = Worker(
        functions=FUNCTIONS,
        redis_pool=redis,
        burst=True,
        poll_delay=0.05,
        max_jobs=20,
        handle_signals=False,
        ctx={
            "settings": ccus_settings,
            "sessionmaker": sessionmaker,
            "redis": redis,
            "ccus": HttpCcusGateway(gateway_client, ccus_settings),
        },
    )
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    answers: list[tuple[int, float, str]] = []
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://genba.test") as client:
            # A serving API has its pool's connections open; opening twelve at once on a loaded
            # machine is what would be timed otherwise, not the presses.
            await asyncio.gather(
                *(
                    client.get("/api/v1/ccus/id-checks", headers=committed.headers)
                    for _ in range(PRESSES)
                )
            )
            running: asyncio.Task[None] | None = None
            for _ in range(BURSTS):
                burst = await asyncio.gather(
                    *(_press(client, committed.headers) for _ in range(PRESSES))
                )
                answers += burst
                # Presses that land within one second share one job.
                assert len({job for _, _, job in burst}) <= 2, burst
                running = running or asyncio.create_task(worker.main())
                await asyncio.sleep(0.3)
            assert running is not None
            await asyncio.wait_for(running, timeout=60)
            # Anything a run asked again for after the burst worker saw the queue empty.
            await asyncio.wait_for(worker.main(), timeout=30)
            summary = (await client.get("/api/v1/ccus/id-checks", headers=committed.headers)).json()
    finally:
        await gateway_client.aclose()

    assert [status for status, _, _ in answers] == [202] * BURSTS * PRESSES
    assert max(seconds for _, seconds, _ in answers) < 2, answers
    assert all(job.startswith(f"ccus.verify_all:{committed.tenant_id}:") for _, _, job in answers)
    assert worker.jobs_failed == 0
    assert worker.jobs_complete >= 1
    # Every linked ID was checked, and the progress the SPA polls shows none left.
    assert sum(summary["remaining"].values()) == 0, summary
    assert sum(counts["total"] for counts in summary["overall"].values()) == committed.linked
