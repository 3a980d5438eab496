"""P3's and P7's data: work days at scale for the reads to page through."""

from __future__ import annotations

from datetime import date

import asyncpg
from sqlalchemy import text

from api.db import set_tenant, unit_of_work
from bench.harness import Stack
from bench.setup import World

# The history's months, as a database migrated with this history would have them (ADR 0025).
_PARTITIONED = text("SELECT to_regproc('history_partition_add') IS NOT NULL")
_MONTHS = text(
    """
    SELECT history_partition_add(parent, month::date)
    FROM unnest(ARRAY['work_days', 'attendance_events']) AS parent,
         generate_series(CAST(:first AS date), CAST(:first AS date) + CAST(:days AS int),
                         interval '1 month') AS month
    """
)


async def seed_work_days(
    stack: Stack, world: World, days_per_worker: int, first_day: date = date(2026, 1, 1)
) -> int:
    """Each worker on one site, every day for `days_per_worker` days from `first_day`;
    set-based, so a million rows take seconds, not the hour the API would."""
    async with unit_of_work(stack.sessionmaker, None) as session:
        await set_tenant(session, world.tenant_id)
        # Generating a million rows is one long statement; requests keep their timeout.
        await session.execute(text("SET LOCAL statement_timeout = 0"))
        params = {"tenant": world.tenant_id, "days": days_per_worker, "first": first_day}
        # A schema without partitions (before ADR 0025) has no months to make.
        if await session.scalar(_PARTITIONED):
            await session.execute(_MONTHS, params)
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
                SELECT gen_random_uuid(), :tenant, s.id, w.id, w.business_id, w.primary_occupation_id, false, '{}', CAST(:first AS date)
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
                CROSS JOIN generate_series(CAST(:first AS timestamp), CAST(:first AS timestamp) + make_interval(days => CAST(:days AS int) - 1), interval '1 day') AS day
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
