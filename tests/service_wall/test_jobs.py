"""The service wall alone, in the worker: each job, run for one tenant on a session that
bypasses row-level security while another tenant has due work of the same kind, leaves that
tenant's rows as they were and its work still due. The jobs come from the worker's own list."""

from __future__ import annotations

import pytest
from arq.connections import ArqRedis
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.ccus.http_gateway import HttpCcusGateway
from api.config import Settings
from api.db import SessionMaker
from api.kit.tasks import CRON_JOBS, FUNCTIONS
from tests.ccus.world import linked_world
from tests.fixtures.factories import populate_tenant
from tests.fixtures.jobs import Fold, job_context
from tests.service_wall.job_cases import ACROSS_TENANTS, CASES
from tests.service_wall.scene import Scene, count_due
from tests.service_wall.tenant_rows import snapshot


def test_every_job_of_the_worker_has_a_case() -> None:
    jobs = {job.name for job in FUNCTIONS} | {job.name for job in CRON_JOBS}
    assert len(jobs) >= 10, "the worker lost its jobs"
    missing = sorted(jobs - CASES.keys() - ACROSS_TENANTS.keys())
    assert missing == [], f"add a case to tests/service_wall/job_cases.py for {missing}"
    assert sorted(CASES.keys() | ACROSS_TENANTS.keys()) == sorted(jobs), "a case for no job"
    uncovered = {
        name: covered
        for name, covered in ACROSS_TENANTS.items()
        if not set(covered) <= CASES.keys()
    }
    assert uncovered == {}


@pytest.mark.parametrize("name", sorted(CASES))
async def test_a_job_for_one_tenant_leaves_another_tenants_due_work_alone(
    name: str,
    client: AsyncClient,
    session: AsyncSession,
    sessionmaker: SessionMaker,
    redis: ArqRedis,
    fold: Fold,
    ccus_settings: Settings,
    gateway: HttpCcusGateway,
) -> None:
    case = CASES[name]
    victim = await linked_world(session, ccus_settings)
    runner = await linked_world(session, ccus_settings)
    ctx = job_context(ccus_settings, sessionmaker, redis)
    ctx["ccus"] = gateway
    scene = Scene(ctx, session, client, fold, victim, runner)
    for world in (victim, runner):
        await populate_tenant(session, ccus_settings, world.tenant)
        if case.prepare is not None:
            await case.prepare(scene, world)
    due_before = [await count_due(session, case.due, w.tenant.id) for w in (victim, runner)]
    assert min(due_before) > 0, f"{name}: both tenants need due work, have {due_before}"
    victim_rows = await snapshot(session, victim.tenant.id)

    handled = await case.run(scene)

    victim_due, runner_due = [
        await count_due(session, case.due, w.tenant.id) for w in (victim, runner)
    ]
    assert runner_due < due_before[1], f"{name} did nothing for its own tenant"
    if handled is not None:
        assert handled == due_before[1] - runner_due, f"{name} counts another tenant's work"
    assert victim_due == due_before[0], f"{name} took another tenant's due work"
    assert await snapshot(session, victim.tenant.id) == victim_rows
