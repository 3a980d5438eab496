"""The minute sweep finds due outbox rows without any wake-up in Redis."""

from __future__ import annotations

from arq.connections import ArqRedis

from api.ccus.http_gateway import HttpCcusGateway
from api.ccus.tasks import sweep
from api.models.ccus_outbox import OutboxStatus
from tests.ccus.outbound import Outbound
from tests.fixtures.jobs import job_context


async def test_the_minute_sweep_finds_due_rows_without_any_wake_up_in_redis(
    outbound: Outbound, redis: ArqRedis
) -> None:
    world = await outbound.due_day("2026-11-12", prefix="sweep-")
    ccus_settings = outbound.settings
    await redis.flushdb()  # Redis restarted: every queued wake-up is gone
    gateway_client = HttpCcusGateway.client_for(ccus_settings)
    try:
        ctx = {
            **job_context(ccus_settings, outbound.sessionmaker, redis),
            "ccus": HttpCcusGateway(gateway_client, ccus_settings),
        }
        first = await sweep(ctx)
        second = await sweep(ctx)
    finally:
        await gateway_client.aclose()
    assert first["sent"] >= 1
    assert first["collected"] + second["collected"] >= 1
    [row] = await outbound.work_days(world)
    assert row.status is OutboxStatus.succeeded
