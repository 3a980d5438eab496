"""R1: attendance under faults. A terminal sends events in batches with retries and duplicate
replays while the API process is killed with SIGKILL mid-batch, PostgreSQL is restarted and the
worker folding events into work days is SIGKILLed too; at the end every work day exists exactly
once and none is missing."""

from __future__ import annotations

import asyncio
import os
import random
import signal
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
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
from tools.devstack.ephemeral import ServerSet, free_port
from tools.devstack.processes import spawn

BATCH = 200


class Api:
    """The API as its own process, which this suite kills and starts again."""

    def __init__(self, server_set: ServerSet) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {
            **os.environ,
            "GENBA_ENV": "testing",
            "GENBA_DATABASE_URL": server_set.app_url,
            "GENBA_MIGRATION_DATABASE_URL": server_set.owner_url,
            "GENBA_REDIS_URL": server_set.redis.url,
            "GENBA_LOG_LEVEL": "ERROR",
        }
        self.process: Any = None

    def start(self) -> None:
        argv = [
            sys.executable,
            "-m",
            "uvicorn",
            "api.app:app",
            "--port",
            str(self.port),
            "--log-level",
            "error",
        ]
        self.process = spawn(argv, env=self.env)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.url}/healthz", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.1)
        raise RuntimeError("the API did not start")

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()


@contextmanager
def running(api: Api) -> Iterator[Api]:
    api.start()
    try:
        yield api
    finally:
        if api.process.poll() is None:
            api.process.terminate()
            api.process.wait(timeout=10)


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


async def _kill_api(api: Api, delay: float) -> None:
    await asyncio.sleep(delay)  # lands while a batch is in flight
    api.kill()
    await asyncio.to_thread(api.start)


async def _restart_postgres(server_set: ServerSet, delay: float) -> None:
    await asyncio.sleep(delay)
    await asyncio.to_thread(server_set.postgres.restart)


async def _kill_worker(worker: WorkerProcess, delay: float) -> None:
    await asyncio.sleep(delay)  # lands while a fold is running or about to
    worker.kill()
    await asyncio.to_thread(worker.start)


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
    faults = {"api_kills": 0, "postgres_restarts": 0, "worker_kills": 0}
    # Faults at fixed points of the run (six in a long run, two of each kind), each started
    # while the next batch is being sent, so it lands mid-batch.
    every = max(3, min(len(batches) // 6, 150))
    chaos: list[asyncio.Task[None]] = []
    worker.start()
    with running(api):
        async with httpx.AsyncClient(
            base_url=api.url, headers={"X-API-Key": world.terminal_key}, timeout=10
        ) as client:
            for number, batch in enumerate(batches, start=1):
                if number % every == 0:
                    turn = (number // every - 1) % 3
                    if turn == 0:
                        fault = _kill_api(api, random.uniform(0.0, 0.05))
                        faults["api_kills"] += 1
                    elif turn == 1:
                        fault = _restart_postgres(server_set, random.uniform(0.0, 0.05))
                        faults["postgres_restarts"] += 1
                    else:
                        fault = _kill_worker(worker, random.uniform(0.0, 0.3))
                        faults["worker_kills"] += 1
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
        **faults,
    }


def main(count: int) -> dict[str, Any]:
    with servers() as server_set:

        async def go() -> dict[str, Any]:
            async with stack(server_set) as running_stack:
                return await run_suite(server_set, running_stack, count)

        return asyncio.run(go())
