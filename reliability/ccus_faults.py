"""R2: CCUS under faults. Real arq worker processes send queued work days to the sandbox, which
first applies every write and loses its answer (half by a timeout, half by a connection reset),
then answers 20 % 5xx, some timeouts and some more lost answers, and goes into maintenance for a
while; meanwhile a worker is SIGKILLed mid-dispatch and Redis is restarted. At the end every
record was sent and resolved exactly once — no key and no work day (site × worker × date)
applied twice — none is lost, and nothing was accepted while CCUS was in maintenance."""

from __future__ import annotations

import asyncio
import contextlib
import random
import time
from typing import Any

import httpx
from arq.connections import ArqRedis
from redis.exceptions import RedisError
from sqlalchemy import text

from api.db import set_tenant, unit_of_work
from bench.harness import Stack, servers, stack
from bench.outbox_queue import queue_outbox
from bench.setup import build_world
from reliability.ccus_workers import Workers
from reliability.sandbox_process import running_sandbox
from tools.devstack.ephemeral import ServerSet

ADMIN = {"X-Admin-Token": "sandbox-admin"}
# Until the first LOSING_RECORDS were applied (or the maintenance window): every write is applied
# and its answer lost, so each of these records goes back to the outbox and out again — with its
# key, or CCUS stores it twice.
LOSING_RECORDS = 1000
LOSING_EVERY_ANSWER = {
    "applied_then_timeout_rate": 0.5,
    "applied_then_reset_rate": 0.5,
    "timeout_seconds": 2,
}
MIX = {
    "error_rate": 0.2,
    "timeout_rate": 0.05,
    "timeout_seconds": 2,
    "applied_then_timeout_rate": 0.05,
    "applied_then_reset_rate": 0.05,
}


async def _read(stack: Stack, tenant_id: Any, statement: str) -> list[Any]:
    """The tenant's outbox as the statement groups it (`:t` is the tenant)."""
    async with unit_of_work(stack.sessionmaker, None) as session:
        await set_tenant(session, tenant_id)
        return list((await session.execute(text(statement), {"t": tenant_id})).all())


async def _open(stack: Stack, tenant_id: Any) -> dict[str, int]:
    rows = await _read(
        stack,
        tenant_id,
        "SELECT status, count(*) FROM ccus_outbox WHERE tenant_id = :t GROUP BY status",
    )
    return {status: int(count) for status, count in rows}


# Why rows are not settled yet: their tries, when they are due and CCUS's last word, by group —
# so a failed run says whether rows wait on a backoff or were never taken again.
_UNSETTLED = (
    "SELECT status, attempts, error_code, hold_code, count(*) AS rows,"
    " round(extract(epoch FROM min(scheduled_for) - now())) AS due_in,"
    " round(extract(epoch FROM now() - max(last_attempt_at))) AS tried_ago"
    " FROM ccus_outbox WHERE tenant_id = :t AND status <> 'succeeded'"
    " GROUP BY status, attempts, error_code, hold_code"
)
# Rows by how many times they were taken: every try widens the next backoff.
_TRIES = (
    "SELECT attempts, count(*) FROM ccus_outbox WHERE tenant_id = :t"
    " GROUP BY attempts ORDER BY attempts"
)


async def run_suite(
    server_set: ServerSet, running: Stack, workers: int, days: int
) -> dict[str, Any]:
    world = await build_world(running, sites=10, workers=workers)
    records = await queue_outbox(running, world, days)
    with running_sandbox(world) as sandbox_url:
        arq_workers = Workers(server_set, sandbox_url)
        redis = ArqRedis.from_url(server_set.redis.url)
        faults = {"worker_kills": 0, "redis_restarts": 0, "maintenance_seconds": 0}
        accepted_in_window = 0
        try:
            async with httpx.AsyncClient(base_url=sandbox_url, headers=ADMIN, timeout=5) as admin:
                for _ in range(100):
                    try:
                        if (await admin.get("/healthz")).status_code == 200:
                            break
                    except httpx.TransportError:
                        await asyncio.sleep(0.1)
                await admin.put("/admin/faults", json=LOSING_EVERY_ANSWER)
                losing = True
                arq_workers.start_one()
                arq_workers.start_one()
                started = time.monotonic()
                step = 0
                while time.monotonic() - started < 240:
                    step += 1
                    applied = (await admin.get("/admin/stats")).json()["records_applied"]
                    if losing and applied >= LOSING_RECORDS:
                        await admin.put("/admin/faults", json=MIX)
                        losing = False
                    # What the minute sweep does, faster: wake the dispatcher and the collector.
                    # Redis may be restarting: a wake-up is best effort, as in the product.
                    with contextlib.suppress(RedisError, OSError):
                        await redis.enqueue_job("ccus.sweep")
                    await asyncio.sleep(0.5)
                    if step == 4:
                        arq_workers.kill_one()  # mid-dispatch: rows left in 'sending'
                        faults["worker_kills"] += 1
                        arq_workers.start_one()
                    if step == 8:
                        await asyncio.to_thread(server_set.redis.restart)
                        await redis.aclose()
                        redis = ArqRedis.from_url(server_set.redis.url)
                        faults["redis_restarts"] += 1
                    if step == 12:
                        losing = False
                        await admin.put(
                            "/admin/faults",
                            json={"maintenance": True, "retry_after_seconds": 2, "error_rate": 0.2},
                        )
                        # A batch the sandbox took just before the window may still be being
                        # stored: let it finish, then count what is applied inside the window.
                        await asyncio.sleep(0.5)
                        before = (await admin.get("/admin/stats")).json()["keys_applied"]
                        await asyncio.sleep(3)
                        after = (await admin.get("/admin/stats")).json()["keys_applied"]
                        accepted_in_window = after - before
                        await admin.put("/admin/faults", json=MIX)
                        faults["maintenance_seconds"] = 3
                    state = await _open(running, world.tenant_id)
                    if state.get("succeeded", 0) == records and step > 12:
                        break
                stats = (await admin.get("/admin/stats")).json()
        finally:
            arq_workers.stop()
            await redis.aclose()
    state = await _open(running, world.tenant_id)
    return {
        "records": records,
        "outbox": state,
        "unsettled": [
            dict(row._mapping) for row in await _read(running, world.tenant_id, _UNSETTLED)
        ],
        "tries": {
            int(tries): int(count) for tries, count in await _read(running, world.tenant_id, _TRIES)
        },
        "sandbox_days": stats["work_history_days"],
        "applied_twice": len(stats["keys_applied_twice"]),
        "days_applied_twice": len(stats["records_applied_twice"]),
        "answers_lost": stats["answers_lost"],
        "accepted_in_maintenance": accepted_in_window,
        "seconds": round(time.monotonic() - started, 1),
        **faults,
    }


def main(workers: int = 300, days: int = 10) -> dict[str, Any]:
    random.seed(5)
    with servers() as server_set:

        async def go() -> dict[str, Any]:
            async with stack(server_set) as running:
                return await run_suite(server_set, running, workers, days)

        return asyncio.run(go())
