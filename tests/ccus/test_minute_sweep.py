"""The minute sweep finds due outbox rows without any wake-up in Redis."""

from __future__ import annotations

import httpx
from arq.connections import ArqRedis
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.ccus.http_gateway import HttpCcusGateway
from api.ccus.tasks import sweep
from api.config import Settings
from api.db import SessionMaker
from api.models.ccus_outbox import OutboxKind, OutboxStatus
from tests.ccus.outbox_reads import outbox_rows
from tests.ccus.world import attend, linked_world, make_due
from tests.fixtures.jobs import Fold, job_context


async def test_the_minute_sweep_finds_due_rows_without_any_wake_up_in_redis(
    client: AsyncClient,
    fold: Fold,
    session: AsyncSession,
    ccus_settings: Settings,
    sessionmaker: SessionMaker,
    redis: ArqRedis,
    sandbox_admin: httpx.AsyncClient,
) -> None:
    world = await linked_world(session, ccus_settings)
    await attend(client, world, "2026-11-12", fold, prefix="sweep-")
    await make_due(session, world.tenant.id)
    await redis.flushdb()  # Redis restarted: every queued wake-up is gone
    gateway_client = HttpCcusGateway.client_for(ccus_settings)
    try:
        ctx = {
            **job_context(ccus_settings, sessionmaker, redis),
            "ccus": HttpCcusGateway(gateway_client, ccus_settings),
        }
        first = await sweep(ctx)
        second = await sweep(ctx)
    finally:
        await gateway_client.aclose()
    assert first["sent"] >= 1
    assert first["collected"] + second["collected"] >= 1
    [row] = await outbox_rows(session, world.tenant.id, OutboxKind.work_day)
    assert row.status is OutboxStatus.succeeded
