"""The benchmarks that need the cluster of `make cluster` (P6, P8): one cluster started for
them all, durable like a server in service, two APIs behind haproxy and two workers; a
benchmark stops and starts processes of it as it needs."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, datetime

from bench.cluster_stack import cluster_stack
from bench.cpu_meter import CpuMeter, service_seconds
from bench.harness import Figure, Report, Stack
from tools.cluster.cluster import Cluster
from tools.cluster.shape import ClusterShape

SHAPE = ClusterShape(apis=2, workers=2, sandbox=False, demo=False, durable=True)
# P2 through the workers: CCUS is never in maintenance during a run, and batches are full.
WORKER_SETTINGS = {"GENBA_CCUS_MAINTENANCE_WEEKDAYS": "[]", "GENBA_CCUS_BATCH_SIZE": "1000"}

IDLE_SECONDS = 2.0
IDLE_WINDOWS = 4

ClusterBenchmark = Callable[[Cluster, Stack, Report, bool], Awaitable[None]]


def roles(cluster: Cluster, stack: Stack) -> Callable[[], Mapping[str, list[int]]]:
    """The process trees of each role, as they are at the moment of asking. The data node the
    stack writes to is the primary; the other one replays its WAL (synchronous replication's
    price, and single-threaded)."""
    primary_port = stack.servers.postgres.port

    def now() -> Mapping[str, list[int]]:
        def pids(processes: list[object]) -> list[int]:
            found = [getattr(process, "process", None) for process in processes]
            return [p.pid for p in found if p is not None and p.poll() is None]

        formation = cluster.formation
        redis = getattr(cluster.redis, "_process", None)
        haproxy = getattr(cluster.haproxy, "_process", None)
        return {
            "api": pids(list(cluster.apis)),
            "worker": pids(list(cluster.workers)),
            "postgres primary": pids([n for n in formation.nodes if n.port == primary_port]),
            "postgres standby": pids([n for n in formation.nodes if n.port != primary_port]),
            "monitor": pids([formation.monitor]),
            "haproxy": [haproxy.pid] if haproxy is not None else [],
            "redis": [redis.pid] if redis is not None else [],
        }

    return now


async def idle_cores(cluster: Cluster, stack: Stack) -> float:
    """Cores the service spends doing nothing (all processes up, none working): the least of a
    few windows, since a checkpoint or an autovacuum after a load is work, not idling."""
    windows = []
    for _ in range(IDLE_WINDOWS):
        meter = CpuMeter(roles(cluster, stack))
        meter.start()
        await asyncio.sleep(IDLE_SECONDS)
        windows.append(service_seconds(meter.read()) / IDLE_SECONDS)
    return min(windows)


def load_figure(benchmark: str, when: str) -> Figure:
    """The machine's 1-minute load average: wall-clock figures mean little above 2."""
    return Figure(benchmark, f"load average (1 min) {when}", os.getloadavg()[0], "")


async def _run(
    cluster: Cluster, names: list[str], benchmarks: Mapping[str, ClusterBenchmark],
    report: Report, full: bool,
) -> None:  # fmt: skip
    stack = cluster_stack(cluster, (await cluster.formation.primary()).port)
    try:
        for name in names:
            print(f"{name} … ({datetime.now(UTC):%H:%M:%S} UTC)", flush=True)
            await benchmarks[name](cluster, stack, report, full)
    finally:
        await stack.engine.dispose()


def run_on_cluster(
    names: list[str], benchmarks: Mapping[str, ClusterBenchmark], report: Report, full: bool
) -> None:
    cluster = Cluster(SHAPE)
    for process in [*cluster.apis, *cluster.workers]:
        process.env.update(WORKER_SETTINGS)
    try:
        print("starting the cluster …", flush=True)
        cluster.start()
        asyncio.run(_run(cluster, names, benchmarks, report, full))
    finally:
        cluster.stop()
