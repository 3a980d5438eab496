"""P3: reading at scale — p95 of the main list, calendar and structure endpoints with
1,000,000 work days, 10,000 workers and 500 sites (the quick size is a tenth)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

import httpx

from bench.harness import Figure, Report, Stack
from bench.query_data import seed_work_days
from bench.query_plans import measure_plans
from bench.setup import PASSWORD, World, build_world

REQUESTS = 60
LIST_TARGET_MS, CALENDAR_TARGET_MS = 50.0, 100.0


async def _p95(client: httpx.AsyncClient, path: Callable[[int], str]) -> float:
    latencies = []
    for number in range(REQUESTS):
        started = time.perf_counter()
        response = await client.get(path(number))
        latencies.append((time.perf_counter() - started) * 1000)
        response.raise_for_status()
    return statistics.quantiles(latencies, n=20)[-1]


async def run(stack: Stack, report: Report, *, full: bool, api_url: str) -> None:
    sites, workers, days = (500, 10_000, 100) if full else (100, 2_000, 50)
    world = await build_world(stack, sites=sites, workers=workers)
    rows = await seed_work_days(stack, world, days)
    report.add(Figure("P3", "work days generated", rows, "rows"))
    await measure(report, "P3", world, api_url)
    await measure_plans(stack, report, "P3", world)


async def measure(report: Report, name: str, world: World, api_url: str) -> None:
    """The p95 of each read against its target; P7 asks the same of ten times the history."""
    async with httpx.AsyncClient(base_url=api_url, timeout=30) as client:
        token = await client.post(
            "/api/v1/auth/token", data={"username": world.user_email, "password": PASSWORD}
        )
        token.raise_for_status()
        client.headers["Authorization"] = f"Bearer {token.json()['access_token']}"
        site_ids = world.site_ids

        def site(number: int) -> str:
            return str(site_ids[number % len(site_ids)])

        checks = {
            "attendance list, first page": (
                lambda n: f"/api/v1/attendance?limit=20&page={1 + n % 3}",
                LIST_TARGET_MS,
            ),
            "attendance list of a site, one month": (
                lambda n: (
                    f"/api/v1/attendance?site_id={site(n)}&date_from=2026-02-01&date_to=2026-02-28&limit=20"
                ),
                LIST_TARGET_MS,
            ),
            "site calendar, one month": (
                lambda n: f"/api/v1/sites/{site(n)}/calendar?month=2026-02",
                CALENDAR_TARGET_MS,
            ),
            "site structure": (lambda n: f"/api/v1/sites/{site(n)}/structure", LIST_TARGET_MS),
            "site workers": (lambda n: f"/api/v1/sites/{site(n)}/workers", LIST_TARGET_MS),
        }
        for check, (path, target) in checks.items():
            p95 = await _p95(client, path)
            report.add(Figure(name, f"p95 {check}", p95, "ms", f"< {target:.0f} ms", p95 < target))
