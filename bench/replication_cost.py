"""P1 on the cluster, synchronous against asynchronous replication: what "an acknowledged
event survives the loss of the primary" costs. The same terminal batches through haproxy and
two API processes (workers folding alongside), in alternating rounds of each mode so the noise
of a shared machine falls on both: throughput (batches of 500, 4 terminals) and the p50 / p99
of 50-event batches at a steady 1,000 events/s.

`python -m bench.replication_cost [--rounds N]`."""

from __future__ import annotations

import argparse
import asyncio
import statistics
from datetime import timedelta

from bench.cluster_stack import cluster_stack
from bench.event_batches import days_ago, make_events, post_all
from bench.setup import World, build_world
from bench.steady_latency import RATE_EVENTS_PER_SECOND, percentile, steady_latencies
from tools.cluster.cluster import Cluster
from tools.cluster.shape import ClusterShape

COUNT = 20_000
STEADY_SECONDS = 10


async def _round(cluster: Cluster, world: World, day: int) -> tuple[float, list[float]]:
    start = days_ago() + timedelta(days=day)
    events = make_events(world, COUNT, start, f"p1-{day}")
    seconds = await post_all(cluster.haproxy.url, world.terminal_key, events)
    steady = make_events(
        world, RATE_EVENTS_PER_SECOND * STEADY_SECONDS, start + timedelta(days=1), f"s-{day}"
    )
    latencies = await steady_latencies(cluster.haproxy.url, world.terminal_key, steady)
    return COUNT / seconds, latencies


async def measure(cluster: Cluster, rounds: int) -> dict[str, dict[str, float]]:
    stack = cluster_stack(cluster, (await cluster.formation.primary()).port)
    try:
        world = await build_world(stack, sites=20, workers=1000)
        warm_up = make_events(world, 1_000, days_ago(350), "warm")
        await post_all(cluster.haproxy.url, world.terminal_key, warm_up)
        rates: dict[bool, list[float]] = {True: [], False: []}
        latencies: dict[bool, list[float]] = {True: [], False: []}
        day = 0
        for _ in range(rounds):
            for synchronous in (True, False):
                names = await cluster.formation.set_synchronous(synchronous)
                print(f"  synchronous_standby_names = {names}", flush=True)
                day += 2
                rate, batch_latencies = await _round(cluster, world, day)
                rates[synchronous].append(rate)
                latencies[synchronous] += batch_latencies
    finally:
        await stack.engine.dispose()
    return {
        "synchronous" if mode else "asynchronous": {
            "events_per_second": statistics.median(rates[mode]),
            "p50_ms": statistics.median(latencies[mode]) * 1000,
            "p99_ms": percentile(latencies[mode], 0.99) * 1000,
        }
        for mode in (True, False)
    }


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.replication_cost")
    parser.add_argument("--rounds", type=int, default=2)
    arguments = parser.parse_args()
    # Durable like a server in service: the cost of a commit is the fsyncs it waits for.
    cluster = Cluster(ClusterShape(sandbox=False, demo=False, durable=True))
    try:
        cluster.start()
        result = asyncio.run(measure(cluster, arguments.rounds))
    finally:
        cluster.stop()
    sync, lazy = result["synchronous"], result["asynchronous"]
    print("| mode | events/s (batches of 500) | p50 / p99 of 50-event batches |")
    print("|---|---|---|")
    for name, figures in result.items():
        print(
            f"| {name} | {figures['events_per_second']:,.0f} "
            f"| {figures['p50_ms']:.1f} / {figures['p99_ms']:.1f} ms |"
        )
    print(
        f"synchronous / asynchronous throughput: {sync['events_per_second'] / lazy['events_per_second']:.2f}"
    )


if __name__ == "__main__":
    main()
