"""P1's terminal events: batches of them, and posting them through the whole HTTP path."""

from __future__ import annotations

import asyncio
import json
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from bench.setup import World

BATCH = 500
# Benchmarks date their events within the last year (the API refuses older ones, and none ahead).
WITHIN_THE_YEAR_DAYS = 340


CONCURRENCY = 4


def days_ago(days: int = WITHIN_THE_YEAR_DAYS) -> datetime:
    """Midnight UTC `days` before today: a benchmark run next year is as valid as today's."""
    today = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return today - timedelta(days=days)


def make_events(world: World, count: int, start: datetime, prefix: str) -> list[dict[str, Any]]:
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


def event_bodies(events: list[dict[str, Any]], size: int) -> list[tuple[int, bytes]]:
    """Request bodies encoded before the clock starts, as a load generator sends them: the
    client shares the machine's cores with the API and PostgreSQL, and encoding is not the path
    being measured."""
    return [
        (len(events[i : i + size]), json.dumps({"events": events[i : i + size]}).encode())
        for i in range(0, len(events), size)
    ]


def api_client(url: str, key: str, **options: Any) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        base_url=url,
        headers={"X-API-Key": key, "Content-Type": "application/json"},
        **options,
    )


async def post_all(url: str, key: str, events: list[dict[str, Any]]) -> float:
    queue: asyncio.Queue[tuple[int, bytes]] = asyncio.Queue()
    for body in event_bodies(events, BATCH):
        queue.put_nowait(body)

    async def sender(client: httpx.AsyncClient) -> None:
        while not queue.empty():
            size, body = queue.get_nowait()
            response = await client.post("/api/v1/terminal/events", content=body)
            response.raise_for_status()
            if response.json()["accepted"] != size:
                raise RuntimeError(response.text[:500])

    started = time.perf_counter()
    async with api_client(url, key, timeout=60) as client:
        await asyncio.gather(*(sender(client) for _ in range(CONCURRENCY)))
    return time.perf_counter() - started
