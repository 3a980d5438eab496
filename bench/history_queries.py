"""P7: P3's reads over ten times the history — 10,000,000 work days of 10,000 workers over
1,000 days (ADR 0025: partitioned by month) keep P3's targets (< 50 ms lists, < 100 ms the
calendar). The quick size is 500,000 days of 1,000 workers over 500 days (17 months)."""

from __future__ import annotations

import time
from datetime import date, timedelta

from bench.harness import Figure, Report, Stack
from bench.queries import measure
from bench.query_data import seed_work_days
from bench.query_plans import measure_plans
from bench.setup import build_world

# The history ends where P3's does, so the same months are asked for.
LAST_DAY = date(2026, 4, 10)


async def run(stack: Stack, report: Report, *, full: bool, api_url: str) -> None:
    sites, workers, days = (500, 10_000, 1_000) if full else (100, 1_000, 500)
    world = await build_world(stack, sites=sites, workers=workers)
    started = time.perf_counter()
    rows = await seed_work_days(stack, world, days, LAST_DAY - timedelta(days=days - 1))
    report.add(Figure("P7", "work days generated", rows, "rows"))
    report.add(Figure("P7", "time to generate them", time.perf_counter() - started, "s"))
    await measure(report, "P7", world, api_url)
    await measure_plans(stack, report, "P7", world)
