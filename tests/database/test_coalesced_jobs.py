"""Coalesced jobs: every commit in one window asks for the same job, due when the window ends."""

from __future__ import annotations

import pytest
from arq.connections import ArqRedis
from sqlalchemy.ext.asyncio import AsyncSession

from api.db import SessionMaker, set_tenant, unit_of_work
from api.kit.jobs import enqueue_after_commit
from tests.fixtures.factories import create_tenant


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
