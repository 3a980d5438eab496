"""P3: reading at scale — p95 of the main list, calendar and structure endpoints with
1,000,000 work days, 10,000 workers and 500 sites (the quick size is a tenth)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

import asyncpg
import httpx
from sqlalchemy import text

from api.db import set_tenant, unit_of_work
from bench.harness import Figure, Report, Stack
from bench.setup import PASSWORD, World, build_world

REQUESTS = 60
LIST_TARGET_MS, CALENDAR_TARGET_MS = 50.0, 100.0


async def _work_days(stack: Stack, world: World, days_per_worker: int) -> int:
    """Each worker on one site, every day for `days_per_worker` days; set-based, so a million
    rows take seconds, not the hour the API would."""
    async with unit_of_work(stack.sessionmaker, None) as session:
        await set_tenant(session, world.tenant_id)
        # Generating a million rows is one long statement; requests keep their timeout.
        await session.execute(text("SET LOCAL statement_timeout = 0"))
        params = {"tenant": world.tenant_id, "days": days_per_worker}
        await session.execute(
            text(
                """
                WITH placed AS (
                    SELECT w.id AS worker_id, w.business_id, w.primary_occupation_id,
                           s.id AS site_id
                    FROM (SELECT *, row_number() OVER (ORDER BY code) AS n FROM workers
                          WHERE tenant_id = :tenant) w
                    JOIN (SELECT id, row_number() OVER (ORDER BY code) AS n,
                                 count(*) OVER () AS total FROM sites WHERE tenant_id = :tenant) s
                      ON s.n = (w.n % s.total) + 1
                )
                INSERT INTO site_businesses (id, tenant_id, site_id, business_id, tier, display_order, insurance, consent)
                SELECT gen_random_uuid(), :tenant, site_id, business_id, 1, 0, '{}', 'unanswered'
                FROM (SELECT DISTINCT site_id, business_id FROM placed) pairs
                """
            ),
            params,
        )
        await session.execute(
            text(
                """
                INSERT INTO site_workers (id, tenant_id, site_id, worker_id, business_id, occupation_id, is_spot, insurance, first_work_date)
                SELECT gen_random_uuid(), :tenant, s.id, w.id, w.business_id, w.primary_occupation_id, false, '{}', DATE '2026-01-01'
                FROM (SELECT *, row_number() OVER (ORDER BY code) AS n FROM workers WHERE tenant_id = :tenant) w
                JOIN (SELECT id, row_number() OVER (ORDER BY code) AS n, count(*) OVER () AS total
                      FROM sites WHERE tenant_id = :tenant) s ON s.n = (w.n % s.total) + 1
                """
            ),
            params,
        )
        await session.execute(
            text(
                """
                INSERT INTO work_days (id, tenant_id, site_id, worker_id, business_id, work_date, entry_at, exit_at,
                                       occupation_id, source, ccus_status)
                SELECT gen_random_uuid(), :tenant, sw.site_id, sw.worker_id, sw.business_id, day::date,
                       (day + interval '8 hours') AT TIME ZONE 'Asia/Tokyo',
                       (day + interval '17 hours') AT TIME ZONE 'Asia/Tokyo',
                       sw.occupation_id, 'terminal',
                       CASE WHEN random() < 0.9 THEN 'synced' ELSE 'pending' END
                FROM site_workers sw
                CROSS JOIN generate_series(TIMESTAMP '2026-01-01', TIMESTAMP '2026-01-01' + make_interval(days => CAST(:days AS int) - 1), interval '1 day') AS day
                WHERE sw.tenant_id = :tenant
                """
            ),
            params,
        )
        count = await session.execute(
            text("SELECT count(*) FROM work_days WHERE tenant_id = :tenant"), params
        )
    # Fresh statistics, as autovacuum would gather them; only the owner may.
    owner = await asyncpg.connect(
        stack.servers.owner_url.replace("postgresql+asyncpg://", "postgresql://")
    )
    try:
        for table in ("work_days", "site_workers", "site_businesses", "workers", "sites"):
            await owner.execute(f"ANALYZE {table}")
    finally:
        await owner.close()
    return int(count.scalar_one())


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
    rows = await _work_days(stack, world, days)
    report.add(Figure("P3", "work days generated", rows, "rows"))
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
        for name, (path, target) in checks.items():
            p95 = await _p95(client, path)
            report.add(Figure("P3", f"p95 {name}", p95, "ms", f"< {target:.0f} ms", p95 < target))
