"""P6's gate terminals: each site's batches of entries, sent through haproxy by concurrent
terminals that retry as the terminal protocol says (a 503 or 429 after its Retry-After, a 5xx
or a dropped connection after a short backoff; a batch is idempotent by its event ids)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone

import httpx

from bench.morning_world import SITE, WORKER, MorningWorld

PATH = "/api/v1/terminal/events"
JST = timezone(timedelta(hours=9))


@dataclass(frozen=True)
class Batch:
    key: str
    size: int
    body: bytes


@dataclass
class Tally:
    """What the terminals have been told so far."""

    acknowledged: int = 0
    rejected: int = 0
    answers: dict[str, int] = field(default_factory=dict)

    def answered(self, status: str) -> None:
        self.answers[status] = self.answers.get(status, 0) + 1


def morning_batches(world: MorningWorld, day: date, size: int) -> list[Batch]:
    """Every worker's entry between 07:00 and 08:59 JST on `day`, grouped by site into batches
    of up to `size`; tenants interleaved, so the whole country arrives at once. Encoded before
    the clock starts, as a load generator sends them."""
    start = datetime.combine(day, time(7), JST)
    per_site: dict[tuple[int, int], list[int]] = {}
    sites = len({site for _, site in world.keys})
    per_site_count = -(-world.workers_per_tenant // sites)
    chunks = -(-per_site_count // size)
    batches = []
    for chunk in range(chunks):
        for tenant in range(1, world.tenants + 1):
            for site in range(sites):
                numbers = per_site.setdefault(
                    (tenant, site), list(range(site, world.workers_per_tenant, sites))
                )
                part = numbers[chunk * size : (chunk + 1) * size]
                if not part:
                    continue
                site_id = world.id_of(SITE, tenant, site)
                events = [
                    {
                        "event_id": f"m{world.run:x}-{tenant}-{number}",
                        "site_id": site_id,
                        "worker_id": world.id_of(WORKER, tenant, number),
                        "kind": "entry",
                        "occurred_at": (start + timedelta(seconds=number % 7200)).isoformat(),
                    }
                    for number in part
                ]
                body = json.dumps({"events": events}).encode()
                batches.append(Batch(world.keys[(tenant, site)], len(part), body))
    return batches


def backoff(attempt: int) -> float:
    return min(1.0, 0.05 * 2.0 ** min(attempt, 8))


def retry_after(response: httpx.Response, attempt: int) -> float:
    header: str | None = response.headers.get("Retry-After")
    if header is not None and header.isdigit():
        return min(float(header), 5.0)
    return backoff(attempt)


async def send(client: httpx.AsyncClient, batch: Batch, tally: Tally) -> None:
    headers = {"X-API-Key": batch.key, "Content-Type": "application/json"}
    for attempt in range(200):
        try:
            response = await client.post(PATH, content=batch.body, headers=headers)
        except httpx.TransportError as error:
            tally.answered(type(error).__name__)
            await asyncio.sleep(backoff(attempt))
            continue
        tally.answered(str(response.status_code))
        if response.status_code == 200:
            outcome = response.json()
            # A duplicate is a retried batch whose first answer was lost: acknowledged then.
            tally.acknowledged += outcome["accepted"] + outcome["duplicates"]
            tally.rejected += outcome["rejected"]
            return
        if response.status_code < 500 and response.status_code != 429:
            raise RuntimeError(f"batch refused {response.status_code}: {response.text[:300]}")
        await asyncio.sleep(retry_after(response, attempt))
    raise RuntimeError("a batch was never answered")


async def run_terminals(url: str, batches: list[Batch], terminals: int, tally: Tally) -> None:
    """`terminals` concurrent senders, each taking the next batch when its last is answered."""
    pending: Iterator[Batch] = iter(batches)
    limits = httpx.Limits(max_connections=terminals, max_keepalive_connections=terminals)
    timeout = httpx.Timeout(60, connect=3)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=timeout) as client:

        async def terminal() -> None:
            for batch in pending:
                await send(client, batch, tally)

        await asyncio.gather(*(terminal() for _ in range(terminals)))
