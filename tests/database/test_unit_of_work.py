"""The unit of work: commit on success, roll back on error, and jobs only after a commit."""

from __future__ import annotations

import pytest
from arq.connections import ArqRedis
from arq.jobs import Job, JobStatus
from sqlalchemy.ext.asyncio import AsyncSession

from api.db import SessionMaker, set_tenant, unit_of_work
from api.kit.jobs import JobsRefused, enqueue_after_commit
from api.models.branch import Branch
from tests.database.branches import branch_count
from tests.fixtures.factories import create_tenant
from tests.fixtures.servers import free_port


class Boom(Exception):
    pass


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
    assert await branch_count(session) == 1
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
    assert await branch_count(session) == 0
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
    assert await branch_count(session) == 0


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
    assert await branch_count(session) == 1
    await unreachable.aclose()
