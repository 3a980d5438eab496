"""The worker's half of ingestion: waiting events become work days, once, whatever was lost."""

from __future__ import annotations

from arq.connections import ArqRedis
from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.attendance.fold import fold_received
from api.attendance.tasks import fold_sweep
from api.config import Settings
from api.db import SessionMaker
from api.models.attendance import AttendanceEvent
from tests.attendance.terminal_endpoint import URL
from tests.attendance.terminal_helpers import event, one_worker_gate, work_days
from tests.fixtures.jobs import Fold, job_context


async def test_the_sweep_folds_events_whose_wake_up_was_lost(
    client: AsyncClient,
    session: AsyncSession,
    settings: Settings,
    sessionmaker: SessionMaker,
    redis: ArqRedis,
) -> None:
    gate = await one_worker_gate(session, settings)
    tenant, site, worker, headers = gate.tenant, gate.site, gate.worker, gate.headers
    batch = {"events": [event("1", site.id, worker.id, "entry", "2026-11-24 08:00")]}
    assert (await client.post(URL, json=batch, headers=headers)).json()["accepted"] == 1
    assert [job.function for job in await redis.queued_jobs()] == ["attendance.fold"]
    await redis.flushdb()  # Redis restarted before the worker took the job

    assert await fold_sweep(job_context(settings, sessionmaker, redis)) >= 1

    [day] = await work_days(session, tenant.id)
    stored = (
        await session.execute(
            select(AttendanceEvent.work_day_id).where(AttendanceEvent.tenant_id == tenant.id)
        )
    ).scalar_one()
    assert stored == day.id


async def test_folding_again_takes_nothing_and_changes_nothing(
    client: AsyncClient, session: AsyncSession, settings: Settings, fold: Fold
) -> None:
    gate = await one_worker_gate(session, settings)
    tenant, site, worker, headers = gate.tenant, gate.site, gate.worker, gate.headers
    batch = {
        "events": [
            event("in", site.id, worker.id, "entry", "2026-11-24 08:00"),
            event("out", site.id, worker.id, "exit", "2026-11-24 17:00"),
        ]
    }
    await client.post(URL, json=batch, headers=headers)

    assert await fold(tenant.id) == 2
    [day] = await work_days(session, tenant.id)
    before = (day.id, day.entry_at, day.exit_at, day.ccus_status)
    assert await fold(tenant.id) == 0
    assert [
        (d.id, d.entry_at, d.exit_at, d.ccus_status) for d in await work_days(session, tenant.id)
    ] == [before]


async def test_a_backlog_larger_than_a_chunk_is_folded_chunk_by_chunk(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    gate = await one_worker_gate(session, settings)
    tenant, site, worker, headers = gate.tenant, gate.site, gate.worker, gate.headers
    days = [f"2026-11-{day:02d}" for day in range(2, 7)]
    batch = {"events": [event(day, site.id, worker.id, "entry", f"{day} 08:00") for day in days]}
    await client.post(URL, json=batch, headers=headers)

    taken = [await fold_received(session, settings, tenant.id, limit=2) for _ in range(4)]

    assert taken == [2, 2, 1, 0]
    assert len(await work_days(session, tenant.id)) == 5
