"""P8's rounds on the cluster, each measured in wall seconds and in CPU seconds of every
process of the service:

- ingestion (P1's HTTP path, workers frozen) with 1 or 2 APIs behind haproxy;
- folding the events just posted into work days with 1 or 2 workers (APIs idle);
- P2's CCUS pipeline (outbox → sandbox with 50 ms per call → results) in 1 or 2 workers.

A worker left out of a round is frozen (SIGSTOP) while idle, and thawed after: it holds
nothing, and no start-up (imports, pools) falls into a measured interval. An API left out is
stopped; haproxy's health check takes it out of the rotation before the round starts."""

from __future__ import annotations

import asyncio
import os
import signal
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from arq import create_pool
from arq.connections import RedisSettings

from api.ccus.wakeups import DISPATCH_TASK
from api.models.attendance import UNFOLDED
from bench.cluster_benches import roles
from bench.cpu_meter import CpuMeter, service_seconds
from bench.event_batches import make_events, post_all
from bench.harness import Stack
from bench.scale_figures import Measure, above_idle
from bench.setup import World
from tools.cluster.cluster import Cluster

# haproxy checks every second and gives an API up after two misses.
HAPROXY_NOTICES = 3.0
# Dispatch jobs woken at once, as that many folds' commits would wake them.
DISPATCH_JOBS = 8
# Progress is polled this often: a poll costs PostgreSQL CPU for as long as a round lasts.
POLL_SECONDS = 0.25


async def _until(stack: Stack, query: str, wanted: Callable[[int], bool]) -> None:
    connection = await stack.servers.postgres.superuser_connection(stack.servers.roles.database)
    try:
        deadline = time.perf_counter() + 900
        while not wanted(int(await connection.fetchval(query))):
            if time.perf_counter() > deadline:
                raise RuntimeError(f"still not done after 900 s: {query}")
            await asyncio.sleep(POLL_SECONDS)
    finally:
        await connection.close()


# What a round writes: vacuumed before each round, so an autovacuum woken by the last round's
# rows does not land in this one's CPU.
WRITTEN = (
    "attendance_events, work_days, site_workers, site_businesses, structure_changes, ccus_outbox"
)


def _work(meter: CpuMeter, idle: float, seconds: float) -> float:
    """CPU seconds of the service above its idle; each role's share is printed as it goes."""
    spent = meter.read()
    print("    CPU-s " + ", ".join(f"{role} {value:.2f}" for role, value in spent.items()))
    return above_idle(service_seconds(spent), idle, seconds)


async def settle(stack: Stack) -> None:
    connection = await stack.servers.postgres.superuser_connection(stack.servers.roles.database)
    try:
        await connection.execute("SET statement_timeout = 0")
        await connection.execute(f"VACUUM (ANALYZE) {WRITTEN}")
        await connection.execute("CHECKPOINT")
    finally:
        await connection.close()


def freeze_workers(cluster: Cluster, running: int) -> None:
    """The first `running` workers go on, the others are frozen."""
    for number, worker in enumerate(cluster.workers):
        assert worker.process is not None
        os.kill(worker.process.pid, signal.SIGCONT if number < running else signal.SIGSTOP)


async def use_apis(cluster: Cluster, count: int) -> None:
    for number, api in enumerate(cluster.apis):
        if number < count and not api.alive():
            await asyncio.to_thread(api.start)
        elif number >= count and api.alive():
            await asyncio.to_thread(api.stop)
    await asyncio.sleep(HAPROXY_NOTICES)


async def ingest(
    cluster: Cluster, stack: Stack, worlds: list[World], count: int, day: int, idle: float
) -> Measure:
    """`count` events spread over the worlds' tenants, each posted as P1 posts them."""
    # Within the days attendance is accepted for, whenever the benchmark runs.
    start = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    start += timedelta(days=day - 300)
    share = count // len(worlds)
    events = [make_events(world, share, start, f"p7-{day}") for world in worlds]
    meter = CpuMeter(roles(cluster, stack))
    meter.start()
    began = time.perf_counter()
    await asyncio.gather(
        *(
            post_all(cluster.haproxy.url, world.terminal_key, batch)
            for world, batch in zip(worlds, events, strict=True)
        )
    )
    seconds = time.perf_counter() - began
    cpu = _work(meter, idle, seconds)
    return Measure(share * len(worlds), seconds, cpu)


async def fold(
    cluster: Cluster, stack: Stack, worlds: list[World], workers: int, count: int, idle: float
) -> Measure:
    """The events waiting (their wake-ups queued while the workers were frozen), folded."""
    tenants = ", ".join(f"'{world.tenant_id}'" for world in worlds)
    waiting = (
        f"SELECT count(*) FROM attendance_events WHERE tenant_id IN ({tenants}) AND {UNFOLDED}"
    )
    meter = CpuMeter(roles(cluster, stack))
    meter.start()
    began = time.perf_counter()
    freeze_workers(cluster, workers)
    await _until(stack, waiting, lambda left: left == 0)
    seconds = time.perf_counter() - began
    cpu = _work(meter, idle, seconds)
    freeze_workers(cluster, 0)
    return Measure(count, seconds, cpu)


async def pipeline(
    cluster: Cluster, stack: Stack, world: World, workers: int, records: int, idle: float
) -> Measure:
    """P2's outbox (`records` queued by queue_outbox) through the workers' dispatch jobs to
    results written back."""
    synced = (
        f"SELECT count(*) FROM work_days WHERE tenant_id = '{world.tenant_id}'"
        " AND ccus_status = 'synced'"
    )
    redis = await create_pool(RedisSettings.from_dsn(cluster.redis.url))
    meter = CpuMeter(roles(cluster, stack))
    try:
        meter.start()
        began = time.perf_counter()
        freeze_workers(cluster, workers)
        for _ in range(DISPATCH_JOBS):
            await redis.enqueue_job(DISPATCH_TASK)
        await _until(stack, synced, lambda done: done >= records)
        seconds = time.perf_counter() - began
        cpu = _work(meter, idle, seconds)
    finally:
        freeze_workers(cluster, 0)
        await redis.aclose()
    return Measure(records, seconds, cpu)
