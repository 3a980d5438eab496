"""One run of a tenant's ID checks at a time, presses answered with their job, and releases of
held days that stay within the one-pending-row-per-day rule."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest_asyncio
from arq.connections import ArqRedis
from httpx import AsyncClient
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from api.attendance.repository import WorkDayRepository
from api.ccus.fixes import requeue_for_fix
from api.ccus.http_gateway import HttpCcusGateway
from api.ccus.repositories import OutboxRepository
from api.ccus.tasks import verify_all
from api.config import Settings
from api.db import SessionMaker
from api.kit.tasks import JobContext
from api.models.ccus_outbox import OutboxKind, OutboxStatus
from api.models.ccus_state import CcusState
from tests.ccus.outbox_reads import outbox_rows
from tests.ccus.world import attend, linked_world
from tests.fixtures.factories import bearer, create_user
from tests.fixtures.jobs import Fold, job_context


@pytest_asyncio.fixture(loop_scope="session")
async def ctx(
    ccus_settings: Settings, sessionmaker: SessionMaker, redis: ArqRedis
) -> AsyncIterator[JobContext]:
    client = HttpCcusGateway.client_for(ccus_settings)
    context = job_context(ccus_settings, sessionmaker, redis)
    context["ccus"] = HttpCcusGateway(client, ccus_settings)
    yield context
    await client.aclose()


async def test_a_press_answers_its_job_and_the_job_checks_every_linked_id(
    client: AsyncClient,
    session: AsyncSession,
    ccus_settings: Settings,
    redis: ArqRedis,
    ctx: JobContext,
) -> None:
    world = await linked_world(session, ccus_settings)
    headers = bearer(ccus_settings, await create_user(session, world.tenant))
    response = await client.post("/api/v1/ccus/id-checks", headers=headers)
    assert response.status_code == 202, response.text
    body = response.json()
    assert body["progress_url"] == "/api/v1/ccus/id-checks"
    [queued] = await redis.queued_jobs()
    assert (queued.job_id, queued.function, queued.args) == (
        body["job_id"],
        "ccus.verify_all",
        (world.tenant.id,),
    )
    progress = (await client.get(body["progress_url"], headers=headers)).json()
    assert sum(progress["remaining"].values()) == 3  # the site, the business, the worker
    assert (await verify_all(ctx, world.tenant.id))["checked"] == 3
    progress = (await client.get(body["progress_url"], headers=headers)).json()
    assert sum(progress["remaining"].values()) == 0


async def test_a_run_that_finds_the_tenants_checks_running_asks_again_instead_of_checking(
    session: AsyncSession,
    ccus_settings: Settings,
    engine: AsyncEngine,
    redis: ArqRedis,
    ctx: JobContext,
) -> None:
    world = await linked_world(session, ccus_settings)
    async with engine.connect() as other, other.begin():
        # Another worker's run holds the tenant's turn.
        await other.execute(
            text("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))"),
            {"key": f"ccus.id_checks:{world.tenant.id}"},
        )
        assert (await verify_all(ctx, world.tenant.id))["checked"] == 0
        [again] = await redis.queued_jobs()
        assert (again.function, again.args) == ("ccus.verify_all", (world.tenant.id,))
        assert again.job_id is not None
        assert again.job_id.startswith(f"ccus.verify_all:{world.tenant.id}:again:")
    assert (await verify_all(ctx, world.tenant.id))["checked"] == 3


async def test_a_day_held_twice_goes_back_to_the_queue_once(
    client: AsyncClient, session: AsyncSession, ccus_settings: Settings, fold: Fold
) -> None:
    world = await linked_world(session, ccus_settings)
    await attend(client, world, "2026-11-13", fold, prefix="twice-")
    outbox = OutboxRepository(session)
    tenant = world.tenant.id
    # Held (the business had no 事業者ID), edited (a fresh pending row), held again: two held
    # rows of one day.
    for _ in range(2):
        [pending] = await outbox_rows(session, tenant, OutboxKind.work_day, OutboxStatus.pending)
        await outbox.hold(tenant, pending.id, "GENB0002E", "held")
        await outbox.enqueue(tenant, OutboxKind.work_day, [pending.entity_id], datetime.now(UTC))
    [fresh] = await outbox_rows(session, tenant, OutboxKind.work_day, OutboxStatus.pending)
    await outbox.cancel(tenant, fresh.id)
    older, newer = await outbox_rows(session, tenant, OutboxKind.work_day, OutboxStatus.held)
    days = WorkDayRepository(session)
    await days.mark_ccus(tenant, [newer.entity_id], CcusState.held, "GENB0002E", "held")

    await requeue_for_fix(session, tenant, OutboxKind.business, world.business.id)
    [released] = await outbox_rows(session, tenant, OutboxKind.work_day, OutboxStatus.pending)
    assert released.id == newer.id
    assert [
        row.id for row in await outbox_rows(session, tenant, OutboxKind.work_day, OutboxStatus.held)
    ] == []
    # Released again (a second check passing): nothing left to release, nothing raised.
    await requeue_for_fix(session, tenant, OutboxKind.business, world.business.id)
    assert [
        row.id
        for row in await outbox_rows(session, tenant, OutboxKind.work_day, OutboxStatus.pending)
    ] == [newer.id]
    assert older.id in {
        row.id
        for row in await outbox_rows(session, tenant, OutboxKind.work_day, OutboxStatus.cancelled)
    }
