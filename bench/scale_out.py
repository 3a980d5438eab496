"""P8: horizontal scale, measured. P1 and P2 on the cluster with one process of a kind against
two: ingestion with 1 vs 2 APIs, folding and the CCUS pipeline with 1 vs 2 workers. On two
cores a second process can at best use the second core, so next to throughput each figure is
also given per CPU-second of every process of the service (APIs, workers, both PostgreSQL
nodes, haproxy, Redis, the failover monitor): the ratio two / one of that says whether the
second process turns its CPU into work, whatever else shares the machine.

Why the cluster and not a lighter stack: it is the deployment (haproxy, synchronous replica),
its processes are already there to stop and start, and it is started once for P6 as well."""

from __future__ import annotations

from collections import defaultdict

from bench import scale_rounds
from bench.cluster_benches import idle_cores, load_figure
from bench.harness import Figure, Report, Stack
from bench.outbox_queue import queue_outbox
from bench.sandbox_process import running_sandbox
from bench.scale_figures import Measure, Scaling, pooled, round_order
from bench.setup import World, build_world
from tools.cluster.cluster import Cluster

P1_SITES, P1_WORKERS = 5, 250
TENANTS = 4  # folds of one tenant run one at a time: two workers need two tenants at least
P2_WORKERS, P2_DAYS = 2000, 10


def _report(
    report: Report, what: str, unit: str, kind: str, rounds: dict[int, list[Measure]]
) -> None:
    scaling = Scaling(pooled(rounds[1]), pooled(rounds[2]))
    for count, measure in ((1, scaling.one), (2, scaling.two)):
        label = f"{what}, {count} {kind}{'s' if count > 1 else ''}"
        report.add(Figure("P8", f"{label}: {unit}/s", measure.rate, f"{unit}/s"))
        report.add(
            Figure("P8", f"{label}: {unit} per CPU-second", measure.per_cpu_second, f"{unit}/CPU-s")
        )
        report.add(Figure("P8", f"{label}: cores busy", measure.cores_busy, "cores"))
    report.add(Figure("P8", f"{what}: throughput 2 / 1", scaling.throughput_ratio, "ratio"))
    report.add(Figure("P8", f"{what}: per CPU-second 2 / 1", scaling.per_cpu_ratio, "ratio"))


async def run(cluster: Cluster, stack: Stack, report: Report, full: bool) -> None:
    report.add(load_figure("P8", "before"))
    events = 100_000 if full else 20_000
    order = round_order(2 if full else 1)
    worlds: list[World] = [
        await build_world(stack, sites=P1_SITES, workers=P1_WORKERS) for _ in range(TENANTS)
    ]
    ingest: dict[int, list[Measure]] = defaultdict(list)
    folds: dict[int, list[Measure]] = defaultdict(list)
    ccus: dict[int, list[Measure]] = defaultdict(list)
    idle = await idle_cores(cluster, stack)
    report.add(Figure("P8", "service idle (subtracted from each round's CPU)", idle, "cores"))
    scale_rounds.freeze_workers(cluster, 0)
    try:
        # Every worker × site pair once before the rounds: a first day joins the site structure
        # (more writes), and would fall only in the first round.
        warm_up = TENANTS * 2 * P1_SITES * P1_WORKERS
        await scale_rounds.ingest(cluster, stack, worlds, warm_up, 200, idle)
        await scale_rounds.fold(cluster, stack, worlds, 2, warm_up, idle)
        for number, count in enumerate(order):
            await scale_rounds.use_apis(cluster, count)
            await scale_rounds.settle(stack)
            ingest[count].append(
                await scale_rounds.ingest(cluster, stack, worlds, events, number * 20, idle)
            )
            print(f"  round {number + 1}: {count} API(s) {ingest[count][-1]}", flush=True)
            await scale_rounds.settle(stack)
            folds[count].append(
                await scale_rounds.fold(cluster, stack, worlds, count, events, idle)
            )
            print(f"  round {number + 1}: {count} worker(s) fold {folds[count][-1]}", flush=True)
        await scale_rounds.use_apis(cluster, len(cluster.apis))
        for number, count in enumerate(order):
            world = await build_world(stack, sites=20, workers=P2_WORKERS)
            records = await queue_outbox(stack, world, P2_DAYS)
            await scale_rounds.settle(stack)
            with running_sandbox(world, cluster.sandbox_port):
                ccus[count].append(
                    await scale_rounds.pipeline(cluster, stack, world, count, records, idle)
                )
            print(f"  round {number + 1}: {count} worker(s) P2 {ccus[count][-1]}", flush=True)
    finally:
        scale_rounds.freeze_workers(cluster, len(cluster.workers))
        await scale_rounds.use_apis(cluster, len(cluster.apis))
    _report(report, "P1 ingestion (HTTP path, workers frozen)", "events", "API", ingest)
    _report(report, f"P1 fold into work days ({TENANTS} tenants)", "events", "worker", folds)
    _report(report, "P2 outbox → sandbox (50 ms) → results", "records", "worker", ccus)
    report.add(load_figure("P8", "after"))
