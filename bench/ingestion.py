"""P1: terminal ingestion.

- Throughput: events/s answered through the whole HTTP path (uvicorn, auth, validation,
  idempotency, every check, stored) against a raw asyncpg `INSERT … SELECT unnest(…)` of the same
  events into the same table, measured in the same run. Target ratio ≥ 0.5, with the worker
  running alongside and folding the events into work days as they arrive, as in service (it
  shares this machine's cores). Also reported: the HTTP path with the worker stopped, the
  worker's own folding rate, and how long work days take to catch up. The raw insert starts
  only once nothing waits to be folded.
- Latency: p99 of 50-event batches sent at a steady 1,000 events/s. Target < 100 ms."""

from __future__ import annotations

import statistics
from datetime import timedelta

from bench.event_batches import days_ago, make_events, post_all
from bench.harness import Figure, Report, Stack
from bench.raw_insert import raw_insert
from bench.setup import build_world
from bench.steady_latency import RATE_EVENTS_PER_SECOND, percentile, steady_latencies
from bench.worker_process import running_worker, until_folded


async def run(stack: Stack, report: Report, *, full: bool, api_url: str) -> None:
    count = 100_000 if full else 20_000
    world = await build_world(stack, sites=20, workers=1000)
    start = days_ago()
    warm_up = make_events(world, 1_000, start + timedelta(days=300), "warm")
    alone_events = make_events(world, count, start, "alone")
    http_events = make_events(world, count, start + timedelta(days=100), "http")
    seconds = 30 if full else 10
    steady = make_events(
        world, RATE_EVENTS_PER_SECOND * seconds, start + timedelta(days=200), "steady"
    )
    # A server in service is warm: the first requests of a process pay one-time set-up.
    await post_all(api_url, world.terminal_key, warm_up)
    alone_seconds = await post_all(api_url, world.terminal_key, alone_events)
    with running_worker(stack.servers):
        fold_seconds = await until_folded(stack.sessionmaker, world.tenant_id, patience=900)
        http_seconds = await post_all(api_url, world.terminal_key, http_events)
        catch_up = await until_folded(stack.sessionmaker, world.tenant_id, patience=900)
        latencies = await steady_latencies(api_url, world.terminal_key, steady)
        steady_lag = await until_folded(stack.sessionmaker, world.tenant_id, patience=600)
    raw_seconds = await raw_insert(stack, world.tenant_id, make_events(world, count, start, "raw"))
    raw_rate = count / raw_seconds
    http_rate, alone_rate = count / http_seconds, count / alone_seconds
    report.add(Figure("P1", "raw unnest insert events/s", raw_rate, "events/s"))
    # Like for like: the raw insert has the machine to itself, and so does the HTTP path here.
    report.add(Figure("P1", "HTTP path events/s, worker stopped", alone_rate, "events/s"))
    ratio = alone_rate / raw_rate
    report.add(Figure("P1", "HTTP (worker stopped) / raw", ratio, "ratio", "≥ 0.5", ratio >= 0.5))
    # As in service on this two-core machine: the worker folds on the same cores meanwhile.
    report.add(Figure("P1", "HTTP path events/s, worker folding alongside", http_rate, "events/s"))
    report.add(Figure("P1", "HTTP (worker folding alongside) / raw", http_rate / raw_rate, "ratio"))
    report.add(
        Figure(
            "P1",
            "worker folds events/s (a backlog, nothing else running)",
            (count + len(warm_up)) / fold_seconds,
            "events/s",
        )
    )
    report.add(
        Figure(
            "P1",
            "events/s until folded into work days, worker alongside",
            count / (http_seconds + catch_up),
            "events/s",
        )
    )
    p99 = percentile(latencies, 0.99) * 1000
    report.add(
        Figure(
            "P1",
            "p50 of 50-event batches at 1,000 events/s",
            statistics.median(latencies) * 1000,
            "ms",
        )
    )
    report.add(
        Figure("P1", "p99 of 50-event batches at 1,000 events/s", p99, "ms", "< 100 ms", p99 < 100)
    )
    report.add(Figure("P1", "work days behind the last steady batch by", steady_lag * 1000, "ms"))
