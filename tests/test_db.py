"""The unit of work: commit on success, roll back on error, and jobs only after a commit."""

from __future__ import annotations

from uuid import UUID

import pytest
from arq.connections import ArqRedis
from arq.jobs import Job, JobStatus
from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.db import SessionDep, SessionMaker, set_tenant, unit_of_work
from api.errors import Conflict
from api.kit.jobs import JobsRefused, enqueue_after_commit
from api.models.branch import Branch
from tests.fixtures.factories import create_tenant
from tests.fixtures.servers import free_port


class Boom(Exception):
    pass


async def _branch_count(session: AsyncSession) -> int:
    return (await session.execute(select(func.count()).select_from(Branch))).scalar_one()


async def test_commit_on_success_sends_buffered_jobs(
    sessionmaker: SessionMaker, session: AsyncSession, redis: ArqRedis
) -> None:
    tenant = await create_tenant(session)
    async with unit_of_work(sessionmaker, redis) as work:
        await set_tenant(work, tenant.id)
        work.add(Branch(tenant_id=tenant.id, code="UOW1", name="作業単位"))
        enqueue_after_commit(work, "test.job", "arg", job_id="uow-commit")
        # Nothing reaches Redis before the commit.
        assert await Job("uow-commit", redis).status() is JobStatus.not_found
    assert await _branch_count(session) == 1
    assert await Job("uow-commit", redis).status() is JobStatus.queued


async def test_rollback_on_error_drops_buffered_jobs(
    sessionmaker: SessionMaker, session: AsyncSession, redis: ArqRedis
) -> None:
    tenant = await create_tenant(session)

    async def write_then_fail() -> None:
        async with unit_of_work(sessionmaker, redis) as work:
            await set_tenant(work, tenant.id)
            work.add(Branch(tenant_id=tenant.id, code="UOW2", name="作業単位"))
            await work.flush()
            enqueue_after_commit(work, "test.job", job_id="uow-rollback")
            raise Boom

    with pytest.raises(Boom):
        await write_then_fail()
    await set_tenant(session, tenant.id)
    assert await _branch_count(session) == 0
    assert await Job("uow-rollback", redis).status() is JobStatus.not_found


async def test_a_unit_of_work_without_a_sink_refuses_a_job_instead_of_dropping_it(
    sessionmaker: SessionMaker, session: AsyncSession
) -> None:
    tenant = await create_tenant(session)

    async def write_and_ask_for_a_job() -> None:
        async with unit_of_work(sessionmaker, None) as work:
            await set_tenant(work, tenant.id)
            work.add(Branch(tenant_id=tenant.id, code="UOW4", name="作業単位"))
            await work.flush()
            enqueue_after_commit(work, "test.job")

    with pytest.raises(JobsRefused, match="test.job"):
        await write_and_ask_for_a_job()
    await set_tenant(session, tenant.id)
    assert await _branch_count(session) == 0


async def test_a_redis_outage_after_commit_keeps_the_data(
    sessionmaker: SessionMaker, session: AsyncSession
) -> None:
    unreachable = ArqRedis.from_url(f"redis://127.0.0.1:{free_port()}/0")
    tenant = await create_tenant(session)
    async with unit_of_work(sessionmaker, unreachable) as work:
        await set_tenant(work, tenant.id)
        work.add(Branch(tenant_id=tenant.id, code="UOW3", name="作業単位"))
        enqueue_after_commit(work, "test.job")
    await set_tenant(session, tenant.id)
    assert await _branch_count(session) == 1
    await unreachable.aclose()


@pytest.fixture
def writing_app(app: FastAPI) -> FastAPI:
    @app.post("/write-then/{outcome}")
    async def write_then(outcome: str, tenant_id: UUID, session: SessionDep) -> dict[str, str]:
        await set_tenant(session, tenant_id)
        session.add(Branch(tenant_id=tenant_id, code=f"REQ-{outcome}", name="リクエスト"))
        await session.flush()
        enqueue_after_commit(session, "test.job", job_id=f"request-{outcome}")
        if outcome == "fail":
            raise Conflict("refused after writing")
        return {"ok": outcome}

    return app


async def test_request_commits_when_the_endpoint_succeeds(
    writing_app: FastAPI, client: AsyncClient, session: AsyncSession, redis: ArqRedis
) -> None:
    tenant = await create_tenant(session)
    response = await client.post(f"/write-then/ok?tenant_id={tenant.id}")
    assert response.status_code == 200
    await set_tenant(session, tenant.id)
    assert await _branch_count(session) == 1
    assert await Job("request-ok", redis).status() is JobStatus.queued


async def test_request_rolls_back_when_the_endpoint_fails(
    writing_app: FastAPI, client: AsyncClient, session: AsyncSession, redis: ArqRedis
) -> None:
    tenant = await create_tenant(session)
    response = await client.post(f"/write-then/fail?tenant_id={tenant.id}")
    assert response.status_code == 409
    await set_tenant(session, tenant.id)
    assert await _branch_count(session) == 0
    assert await Job("request-fail", redis).status() is JobStatus.not_found


async def test_requests_in_one_window_share_one_job_that_runs_when_the_window_ends(
    sessionmaker: SessionMaker, session: AsyncSession, redis: ArqRedis
) -> None:
    tenant = await create_tenant(session)
    for _ in range(3):
        async with unit_of_work(sessionmaker, redis) as work:
            await set_tenant(work, tenant.id)
            enqueue_after_commit(work, "test.fold", job_id="coalesced", coalesce_seconds=3600)

    queued = await redis.queued_jobs()
    assert [job.function for job in queued] == ["test.fold"]
    [job] = queued
    assert job.job_id is not None
    assert job.job_id.startswith("coalesced:")
    # Due when its hour ends, not at once (give or take the milliseconds spent enqueueing).
    window_ends_ms = (int(job.job_id.split(":")[1]) + 1) * 3_600_000
    assert job.score is not None
    assert abs(job.score - window_ends_ms) < 1000


def test_a_coalesced_job_needs_a_name(session: AsyncSession) -> None:
    with pytest.raises(ValueError, match="job_id"):
        enqueue_after_commit(session, "test.fold", coalesce_seconds=1)
