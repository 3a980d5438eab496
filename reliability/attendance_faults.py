"""R1: attendance under faults. A terminal sends events in batches with retries and duplicate
replays while the API process is killed with SIGKILL mid-batch, PostgreSQL is restarted and the
worker folding events into work days is SIGKILLed too; at the end every work day exists exactly
once and none is missing."""

from __future__ import annotations

import asyncio
import random
from datetime import UTC, datetime
from typing import Any

import httpx
from sqlalchemy import text

from api.attendance.days import work_date_of
from api.db import set_tenant, unit_of_work
from bench.event_batches import make_events
from bench.harness import Stack, servers, stack
from bench.setup import World, build_world
from bench.worker_process import WorkerProcess, until_folded
from reliability.fault_kinds import FaultTurns
from reliability.killable_api import Api, running
from tools.devstack.ephemeral import ServerSet

BATCH = 200


async def _send_until_answered(client: httpx.AsyncClient, batch: list[dict[str, Any]]) -> None:
    """What a gate terminal does: send, and on any failure wait and send the same batch again."""
    for attempt in range(200):
        try:
            response = await client.post("/api/v1/terminal/events", json={"events": batch})
            if response.status_code == 200:
                results = response.json()["results"]
                if any(result["status"] == "rejected" for result in results):
                    raise RuntimeError(f"rejected: {results[:2]}")
                return
        except httpx.TransportError:
            pass
        await asyncio.sleep(min(2.0, 0.05 * 2**attempt))
    raise RuntimeError("a batch was never accepted")


async def run_suite(server_set: ServerSet, running_stack: Stack, count: int) -> dict[str, Any]:
    world: World = await build_world(running_stack, sites=10, workers=500)
    events = make_events(world, count, datetime(2026, 9, 1, tzinfo=UTC), "r1")
    expected = {
        (
            e["site_id"],
            e["worker_id"],
            work_date_of(datetime.fromisoformat(e["occurred_at"]), 0).isoformat(),
        )
        for e in events
    }
    batches = [events[i : i + BATCH] for i in range(0, len(events), BATCH)]
    # Duplicate replays: a tenth of the batches are sent a second time, later.
    batches += random.sample(batches, max(1, len(batches) // 10))
    api = Api(server_set)
    worker = WorkerProcess(server_set)
    # Faults at fixed points of the run, each started while the next batch is being sent, so
    # it lands mid-batch.
    turns = FaultTurns(len(batches), api, server_set, worker)
    chaos: list[asyncio.Task[None]] = []
    worker.start()
    with running(api):
        async with httpx.AsyncClient(
            base_url=api.url, headers={"X-API-Key": world.terminal_key}, timeout=10
        ) as client:
            for number, batch in enumerate(batches, start=1):
                if (fault := turns.at(number)) is not None:
                    chaos.append(asyncio.create_task(fault))
                await _send_until_answered(client, batch)
            await asyncio.gather(*chaos)
    await running_stack.engine.dispose()
    try:
        # A wake-up lost with a killed worker waits for the minute sweep.
        await until_folded(running_stack.sessionmaker, world.tenant_id, patience=150)
    finally:
        worker.stop()
    async with unit_of_work(running_stack.sessionmaker, None) as session:
        await set_tenant(session, world.tenant_id)
        rows = (
            await session.execute(
                text(
                    "SELECT site_id::text, worker_id::text, work_date::text, count(*) OVER "
                    "(PARTITION BY site_id, worker_id, work_date) AS copies FROM work_days WHERE tenant_id = :t"
                ),
                {"t": world.tenant_id},
            )
        ).all()
    found = {(row[0], row[1], row[2]) for row in rows}
    return {
        "events": len(events),
        "expected_days": len(expected),
        "missing": len(expected - found),
        "unexpected": len(found - expected),
        "duplicated": sum(1 for row in rows if row[3] > 1),
        **turns.counts,
    }


def main(count: int) -> dict[str, Any]:
    with servers() as server_set:

        async def go() -> dict[str, Any]:
            async with stack(server_set) as running_stack:
                return await run_suite(server_set, running_stack, count)

        return asyncio.run(go())
