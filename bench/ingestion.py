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

import asyncio
import hashlib
import json
import statistics
import time
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID

import asyncpg
import httpx

from bench.harness import Figure, Report, Stack
from bench.setup import World, build_world
from bench.worker_process import running_worker, until_folded

BATCH = 500
CONCURRENCY = 4
RATE_BATCH = 50
RATE_EVENTS_PER_SECOND = 1000


def _events(world: World, count: int, start: datetime, prefix: str) -> list[dict[str, Any]]:
    """Entry and exit pairs for distinct worker × site × day combinations."""
    events = []
    workers, sites = world.worker_ids, world.site_ids
    for index in range(count // 2):
        worker = workers[index % len(workers)]
        site = sites[(index // len(workers)) % len(sites)]
        day = start + timedelta(days=index // (len(workers) * len(sites)))
        for kind, hour in (("entry", 8), ("exit", 17)):
            events.append(
                {
                    "event_id": f"{prefix}-{index}-{kind}",
                    "site_id": str(site),
                    "worker_id": str(worker),
                    "kind": kind,
                    "occurred_at": (day + timedelta(hours=hour)).isoformat(),
                }
            )
    return events


def _bodies(events: list[dict[str, Any]], size: int) -> list[tuple[int, bytes]]:
    """Request bodies encoded before the clock starts, as a load generator sends them: the
    client shares the machine's cores with the API and PostgreSQL, and encoding is not the path
    being measured."""
    return [
        (len(events[i : i + size]), json.dumps({"events": events[i : i + size]}).encode())
        for i in range(0, len(events), size)
    ]


def _client(url: str, key: str, **options: Any) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        base_url=url,
        headers={"X-API-Key": key, "Content-Type": "application/json"},
        **options,
    )


async def _post_all(url: str, key: str, events: list[dict[str, Any]]) -> float:
    queue: asyncio.Queue[tuple[int, bytes]] = asyncio.Queue()
    for body in _bodies(events, BATCH):
        queue.put_nowait(body)

    async def sender(client: httpx.AsyncClient) -> None:
        while not queue.empty():
            size, body = queue.get_nowait()
            response = await client.post("/api/v1/terminal/events", content=body)
            response.raise_for_status()
            if response.json()["accepted"] != size:
                raise RuntimeError(response.text[:500])

    started = time.perf_counter()
    async with _client(url, key, timeout=60) as client:
        await asyncio.gather(*(sender(client) for _ in range(CONCURRENCY)))
    return time.perf_counter() - started


def _dsn(stack: Stack) -> str:
    return stack.servers.app_url.replace("postgresql+asyncpg://", "postgresql://")


async def _raw_insert(stack: Stack, tenant_id: UUID, events: list[dict[str, Any]]) -> float:
    """The floor: the same rows into attendance_events with nothing else, one statement a batch."""
    connection = await asyncpg.connect(_dsn(stack))
    terminal = uuid.uuid4()
    try:
        started = time.perf_counter()
        for offset in range(0, len(events), BATCH):
            batch = events[offset : offset + BATCH]
            async with connection.transaction():
                await connection.execute(
                    "SELECT set_config('app.tenant_id', $1, true)", str(tenant_id)
                )
                await connection.execute(
                    """
                    INSERT INTO attendance_events (id, tenant_id, terminal_id, event_id, content_hash,
                        site_id, worker_id, kind, occurred_at, result)
                    SELECT gen_random_uuid(), $1, $2, u.event_id, u.hash, u.site, u.worker, u.kind, u.at, 'accepted'
                    FROM unnest($3::text[], $4::bytea[], $5::uuid[], $6::uuid[], $7::text[], $8::timestamptz[])
                         AS u(event_id, hash, site, worker, kind, at)
                    """,
                    tenant_id,
                    terminal,
                    [e["event_id"] for e in batch],
                    [hashlib.sha256(e["event_id"].encode()).digest() for e in batch],
                    [UUID(e["site_id"]) for e in batch],
                    [UUID(e["worker_id"]) for e in batch],
                    [e["kind"] for e in batch],
                    [datetime.fromisoformat(e["occurred_at"]) for e in batch],
                )
        return time.perf_counter() - started
    finally:
        await connection.close()


async def _steady_latencies(url: str, key: str, events: list[dict[str, Any]]) -> list[float]:
    """Open loop: a batch leaves every 50 ms whatever the previous one is doing."""
    interval = RATE_BATCH / RATE_EVENTS_PER_SECOND
    batches = [body for _, body in _bodies(events, RATE_BATCH)]
    latencies: list[float] = []
    async with _client(url, key, timeout=30, limits=httpx.Limits(max_connections=50)) as client:

        async def send(body: bytes) -> None:
            started = time.perf_counter()
            response = await client.post("/api/v1/terminal/events", content=body)
            response.raise_for_status()
            latencies.append(time.perf_counter() - started)

        tasks = []
        begin = time.perf_counter()
        for number, batch in enumerate(batches):
            await asyncio.sleep(max(0.0, begin + number * interval - time.perf_counter()))
            tasks.append(asyncio.create_task(send(batch)))
        await asyncio.gather(*tasks)
    return latencies


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


async def run(stack: Stack, report: Report, *, full: bool, api_url: str) -> None:
    count = 100_000 if full else 20_000
    world = await build_world(stack, sites=20, workers=1000)
    start = datetime(2026, 1, 5, tzinfo=UTC)
    warm_up = _events(world, 1_000, start + timedelta(days=300), "warm")
    alone_events = _events(world, count, start, "alone")
    http_events = _events(world, count, start + timedelta(days=100), "http")
    seconds = 30 if full else 10
    steady = _events(world, RATE_EVENTS_PER_SECOND * seconds, start + timedelta(days=200), "steady")
    # A server in service is warm: the first requests of a process pay one-time set-up.
    await _post_all(api_url, world.terminal_key, warm_up)
    alone_seconds = await _post_all(api_url, world.terminal_key, alone_events)
    with running_worker(stack.servers):
        fold_seconds = await until_folded(stack.sessionmaker, world.tenant_id, patience=900)
        http_seconds = await _post_all(api_url, world.terminal_key, http_events)
        catch_up = await until_folded(stack.sessionmaker, world.tenant_id, patience=900)
        latencies = await _steady_latencies(api_url, world.terminal_key, steady)
        steady_lag = await until_folded(stack.sessionmaker, world.tenant_id, patience=600)
    raw_seconds = await _raw_insert(stack, world.tenant_id, _events(world, count, start, "raw"))
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
    p99 = _percentile(latencies, 0.99) * 1000
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
