"""P1's latency: batches sent at a steady rate, and the percentile of their answer times."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx

from bench.event_batches import api_client, event_bodies

RATE_BATCH = 50


RATE_EVENTS_PER_SECOND = 1000


async def steady_latencies(url: str, key: str, events: list[dict[str, Any]]) -> list[float]:
    """Open loop: a batch leaves every 50 ms whatever the previous one is doing."""
    interval = RATE_BATCH / RATE_EVENTS_PER_SECOND
    batches = [body for _, body in event_bodies(events, RATE_BATCH)]
    latencies: list[float] = []
    async with api_client(url, key, timeout=30, limits=httpx.Limits(max_connections=50)) as client:

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


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]
