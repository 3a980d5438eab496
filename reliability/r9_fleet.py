"""R9's terminal fleet: gate terminals posting batches continuously through haproxy, each
retrying a batch until it is answered, as the terminal protocol says (R1's terminal, many at
once): a 503 after its Retry-After, a 502 or a dropped connection after a short backoff. Every
answer is recorded, so the suite can tell which events were acknowledged and when writes
stopped and resumed."""

from __future__ import annotations

import asyncio
import itertools
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import httpx

PATH = "/api/v1/terminal/events"


@dataclass
class FleetLog:
    acknowledged: list[dict[str, Any]] = field(default_factory=list)
    ack_times: list[float] = field(default_factory=list)
    answers: Counter[str] = field(default_factory=Counter)
    rejected: list[dict[str, Any]] = field(default_factory=list)

    def longest_gap(self, start: float, end: float) -> float:
        """The longest time without an acknowledged batch between `start` and `end`."""
        inside = sorted(t for t in self.ack_times if start <= t <= end)
        points = [start, *inside, end] if inside else [start, end]
        return max(b - a for a, b in itertools.pairwise(points))


def _retry_after(response: httpx.Response, attempt: int) -> float:
    header: str | None = response.headers.get("Retry-After")
    if header is not None and header.isdigit():
        return min(float(header), 5.0)
    return _backoff(attempt)


def _backoff(attempt: int) -> float:
    return min(1.0, 0.05 * 2.0 ** min(attempt, 8))


async def send_until_answered(
    client: httpx.AsyncClient, batch: list[dict[str, Any]], log: FleetLog
) -> None:
    for attempt in range(400):
        try:
            response = await client.post(PATH, json={"events": batch})
        except httpx.TransportError as error:
            log.answers[type(error).__name__] += 1
            await asyncio.sleep(_backoff(attempt))
            continue
        log.answers[str(response.status_code)] += 1
        if response.status_code == 200:
            results = response.json()["results"]
            log.rejected += [result for result in results if result["status"] == "rejected"]
            log.acknowledged += batch
            log.ack_times.append(time.monotonic())
            return
        await asyncio.sleep(_retry_after(response, attempt))
    raise RuntimeError("a batch was never accepted")


async def run_fleet(
    url: str, key: str, batches: list[list[dict[str, Any]]], terminals: int, stop: asyncio.Event
) -> FleetLog:
    """Post the batches in order from `terminals` concurrent terminals until `stop` is set (a
    batch in flight is still sent until answered) or the batches run out."""
    log = FleetLog()
    pending = iter(batches)

    async def terminal(client: httpx.AsyncClient) -> None:
        for batch in pending:
            if stop.is_set():
                return
            await send_until_answered(client, batch, log)

    async with httpx.AsyncClient(
        base_url=url, headers={"X-API-Key": key}, timeout=httpx.Timeout(30, connect=3)
    ) as client:
        await asyncio.gather(*(terminal(client) for _ in range(terminals)))
    return log
