"""P2: the CCUS pipeline — records/s from the outbox through the sandbox (with a realistic
50 ms latency per call) to results written back on every work day. Target ≥ 1,000/s."""

from __future__ import annotations

import time

from sqlalchemy import text

from api.ccus import dispatcher
from api.ccus.http_gateway import HttpCcusGateway
from api.db import set_tenant, unit_of_work
from api.kit.jobs import RUN_BY_CALLER
from bench.harness import Figure, Report, Stack
from bench.outbox_queue import queue_outbox
from bench.sandbox_process import LATENCY_MS, running_sandbox
from bench.setup import build_world

TARGET = 1000.0


async def run(stack: Stack, report: Report, *, full: bool, api_url: str) -> None:
    workers, days = (2000, 10) if full else (1000, 5)
    world = await build_world(stack, sites=20, workers=workers)
    records = await queue_outbox(stack, world, days)
    with running_sandbox(world) as sandbox_url:
        settings = stack.settings.model_copy(
            update={
                "ccus_base_url": sandbox_url,
                "ccus_maintenance_weekdays": [],
                "ccus_batch_size": 1000,
            }
        )
        client = HttpCcusGateway.client_for(settings)
        deps = dispatcher.pipeline(
            stack.sessionmaker, HttpCcusGateway(client, settings), settings, RUN_BY_CALLER
        )
        started = time.perf_counter()
        await dispatcher.dispatch(deps, max_rounds=10_000)
        await dispatcher.collect(deps)
        elapsed = time.perf_counter() - started
        await client.aclose()
    async with unit_of_work(stack.sessionmaker, None) as session:
        await set_tenant(session, world.tenant_id)
        synced = (
            await session.execute(
                text(
                    "SELECT count(*) FROM work_days WHERE tenant_id = :t AND ccus_status = 'synced'"
                ),
                {"t": world.tenant_id},
            )
        ).scalar_one()
    if synced != records:
        raise RuntimeError(f"only {synced} of {records} work days came back synced")
    rate = records / elapsed
    report.add(
        Figure(
            "P2",
            f"outbox → sandbox ({LATENCY_MS} ms) → results, {records:,} records",
            rate,
            "records/s",
            f"≥ {TARGET:,.0f}/s",
            rate >= TARGET,
        )
    )
