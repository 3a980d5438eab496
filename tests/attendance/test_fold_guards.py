"""The fold against what races it: deleted workers, a fold already running, deletions of
what waits to be folded."""

from __future__ import annotations

from arq.connections import ArqRedis
from httpx import AsyncClient
from sqlalchemy import delete, text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from api.config import Settings
from api.models.worker import Worker
from tests.attendance.terminal_endpoint import URL
from tests.attendance.terminal_helpers import event, one_worker_gate, terminal_headers, work_days
from tests.fixtures.factories import (
    bearer,
    create_business,
    create_site,
    create_tenant,
    create_user,
    create_worker,
)
from tests.fixtures.jobs import Fold


async def test_an_event_whose_worker_was_deleted_before_the_fold_is_rejected_not_lost(
    client: AsyncClient, session: AsyncSession, settings: Settings, fold: Fold
) -> None:
    tenant = await create_tenant(session)
    site = await create_site(session, tenant)
    business = await create_business(session, tenant)
    staying = await create_worker(session, tenant, business)
    leaving = await create_worker(session, tenant, business)
    headers = await terminal_headers(session, settings, tenant, [site.id])
    batch = {
        "events": [
            event("stays", site.id, staying.id, "entry", "2026-11-24 08:00"),
            event("leaves", site.id, leaving.id, "entry", "2026-11-24 08:00"),
        ]
    }
    assert (await client.post(URL, json=batch, headers=headers)).json()["accepted"] == 2
    await session.execute(delete(Worker).where(Worker.id == leaving.id))

    assert await fold(tenant.id) == 2

    assert [day.worker_id for day in await work_days(session, tenant.id)] == [staying.id]
    replay = (await client.post(URL, json=batch, headers=headers)).json()["results"]
    assert [(r["status"], r["code"]) for r in replay] == [
        ("duplicate", None),
        ("rejected", "worker.not_found"),
    ]
    assert await fold(tenant.id) == 0


async def test_a_wake_up_that_finds_another_fold_running_waits_for_the_next_window(
    client: AsyncClient,
    session: AsyncSession,
    settings: Settings,
    engine: AsyncEngine,
    redis: ArqRedis,
    fold: Fold,
) -> None:
    gate = await one_worker_gate(session, settings)
    tenant, site, worker, headers = gate.tenant, gate.site, gate.worker, gate.headers
    batch = {"events": [event("1", site.id, worker.id, "entry", "2026-11-24 08:00")]}
    await client.post(URL, json=batch, headers=headers)
    await redis.flushdb()

    async with engine.connect() as other, other.begin():
        # Another worker's fold holds the tenant's turn.
        await other.execute(
            text("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))"),
            {"key": f"attendance.fold:{tenant.id}"},
        )
        assert await fold(tenant.id) == 0
        assert await work_days(session, tenant.id) == []
        [retry] = await redis.queued_jobs()
        assert (retry.function, retry.args) == ("attendance.fold", (tenant.id,))

    assert await fold(tenant.id) == 1
    assert len(await work_days(session, tenant.id)) == 1


async def test_staff_cannot_delete_a_worker_or_site_whose_events_wait_for_the_fold(
    client: AsyncClient, session: AsyncSession, settings: Settings, fold: Fold
) -> None:
    gate = await one_worker_gate(session, settings)
    batch = {"events": [event("1", gate.site.id, gate.worker.id, "entry", "2026-11-24 08:00")]}
    assert (await client.post(URL, json=batch, headers=gate.headers)).json()["accepted"] == 1
    staff = bearer(settings, await create_user(session, gate.tenant))

    worker = await client.delete(f"/api/v1/workers/{gate.worker.id}", headers=staff)
    site = await client.delete(f"/api/v1/sites/{gate.site.id}", headers=staff)

    assert (worker.status_code, worker.json()["code"]) == (409, "worker.has_history")
    assert (site.status_code, site.json()["code"]) == (409, "site.has_history")
    assert await fold(gate.tenant.id) == 1
    assert len(await work_days(session, gate.tenant.id)) == 1
