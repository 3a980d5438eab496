"""P6: the national morning. Every worker of hundreds of tenants enters a site at once (full:
1.6M entries by 1.6M workers of 500 tenants); gate terminals post them through haproxy to the
cluster's two APIs and two workers fold them, end to end to work days. Target: every work day
exists within 60 s on this 2-core machine (the quick size: the same rate, scaled).

Sampled every 0.5 s: events acknowledged and work days existing; the curve is written as a
PNG under bench/results/. The CPU seconds of every process of the deployment over the run give
the cores a rate needs (docs/scaling.md).

`python -m bench --only P6 [--full]`, or for other shapes of the same morning
`python -m bench.national_morning [--full] [--batch N] [--terminals N]`."""

from __future__ import annotations

import argparse
import asyncio
import time
from datetime import UTC, date, datetime, timedelta
from functools import partial

import asyncpg

from bench.cluster_benches import idle_cores, load_figure, roles, run_on_cluster
from bench.cpu_meter import CpuMeter, service_seconds
from bench.harness import RESULTS_DIR, Figure, Report, Stack
from bench.morning_curve import (
    PEAK_EVENTS_PER_SECOND,
    Sample,
    Timeline,
    next_interval,
    per_thousand,
    plan,
    scaled_target,
    timeline,
)
from bench.morning_fleet import JST, Tally, morning_batches, run_terminals
from bench.morning_plot import plot_curve
from bench.morning_world import seed_morning
from bench.scale_figures import above_idle
from tools.cluster.cluster import Cluster

FULL = (1_600_000, 500)
QUICK = (96_000, 30)
TERMINALS = 16
BATCH = 200


async def _sample(
    connection: asyncpg.Connection, tally: Tally, day: date, events: int, patience: float
) -> list[Sample]:
    """Until every work day exists; the first sample is the start."""
    started = time.perf_counter()
    samples = [Sample(0.0, 0, 0)]
    while True:
        asked = time.perf_counter()
        days = int(
            await connection.fetchval("SELECT count(*) FROM work_days WHERE work_date = $1", day)
        )
        took = time.perf_counter() - asked
        samples.append(Sample(time.perf_counter() - started, tally.acknowledged, days))
        if days >= events:
            return samples
        if time.perf_counter() - started > patience:
            raise RuntimeError(f"{days:,} of {events:,} work days after {patience:.0f} s")
        await asyncio.sleep(max(0.0, next_interval(took) - took))


async def run(
    cluster: Cluster, stack: Stack, report: Report, full: bool,
    *, batch: int = BATCH, terminals: int = TERMINALS,
) -> None:  # fmt: skip
    events, tenants = FULL if full else QUICK
    report.add(load_figure("P6", "before"))
    seeded = time.perf_counter()
    world = await seed_morning(stack, tenants=tenants, workers=events)
    # Measured once the processes' start-up (imports, first connections) is long over.
    idle = await idle_cores(cluster, stack)
    events = world.workers
    day = datetime.now(JST).date() - timedelta(days=1)
    batches = morning_batches(world, day, batch)
    print(f"  seeded and encoded in {time.perf_counter() - seeded:.0f} s", flush=True)
    tally = Tally()
    meter = CpuMeter(roles(cluster, stack))
    connection = await stack.servers.postgres.superuser_connection(stack.servers.roles.database)
    try:
        meter.start()
        fleet = asyncio.create_task(run_terminals(cluster.haproxy.url, batches, terminals, tally))
        samples = await _sample(connection, tally, day, events, patience=3600)
        await fleet
        cpu = meter.read()
    finally:
        await connection.close()
    if tally.rejected:
        raise RuntimeError(f"{tally.rejected} events rejected; answers {tally.answers}")
    shape = f"{events:,} entries, {tenants} tenants, {terminals} terminals, batches ≤ {batch}"
    _figures(report, shape, timeline(samples, events), tally)
    _cpu_figures(report, cpu, idle, samples[-1].seconds, events)
    report.add(load_figure("P6", "after"))
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    path = plot_curve(
        samples, events, scaled_target(events), f"P6 national morning: {shape}",
        RESULTS_DIR / f"{stamp}-p6-national-morning-{'full' if full else 'quick'}.png",
    )  # fmt: skip
    print(f"  curve: {path}", flush=True)


def _figures(report: Report, shape: str, line: Timeline, tally: Tally) -> None:
    target = scaled_target(line.events)
    report.add(Figure("P6", f"{shape}: s until all acknowledged", line.acknowledged_seconds, "s"))
    report.add(Figure("P6", "events/s acknowledged", line.acknowledged_rate, "events/s"))
    report.add(
        Figure(
            "P6", "s until every work day exists", line.work_days_seconds, "s",
            f"< {target:.1f} s (60 s × {line.events:,} / 1.6M)", line.work_days_seconds < target,
        )
    )  # fmt: skip
    report.add(Figure("P6", "events/s into work days, end to end", line.work_day_rate, "events/s"))
    report.add(Figure("P6", "batches answered", sum(tally.answers.values()), str(tally.answers)))


def _cpu_figures(
    report: Report, cpu: dict[str, float], idle: float, seconds: float, events: int
) -> None:
    """Per role, then the work above the service's idle, and the cores the peak needs."""
    for role, value in per_thousand(cpu, events).items():
        name = "load generator (not counted)" if role == "client" else role
        report.add(Figure("P6", f"CPU-s per 1,000 events: {name}", value, "CPU-s"))
    report.add(Figure("P6", "service idle (all processes up, none working)", idle, "cores"))
    work = above_idle(service_seconds(cpu), idle, seconds)
    report.add(
        Figure("P6", "CPU-s per 1,000 events: service above idle", work * 1000 / events, "CPU-s")
    )
    cores = plan({"service": work}, events, PEAK_EVENTS_PER_SECOND)["service"]
    report.add(
        Figure("P6", "cores for 2,667 events/s (1.6M in 10 min) at 70 % busy", cores, "cores")
    )


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.national_morning")
    parser.add_argument("--full", action="store_true", help="1.6M entries of 500 tenants")
    parser.add_argument("--batch", type=int, default=BATCH, help="events per request, ≤ 500")
    parser.add_argument("--terminals", type=int, default=TERMINALS, help="concurrent terminals")
    arguments = parser.parse_args()
    report = Report(size="full" if arguments.full else "quick")
    shaped = partial(run, batch=arguments.batch, terminals=arguments.terminals)
    run_on_cluster(["P6"], {"P6": shaped}, report, arguments.full)
    print()
    print(report.table())
    print(f"\nwritten to {report.write()}")


if __name__ == "__main__":
    main()
