"""P2's input: work days queued in the CCUS outbox, set-based."""

from __future__ import annotations

from sqlalchemy import text

from api.db import set_tenant, unit_of_work
from bench.harness import Stack
from bench.setup import World


async def queue_outbox(stack: Stack, world: World, days_per_worker: int) -> int:
    async with unit_of_work(stack.sessionmaker, None) as session:
        await set_tenant(session, world.tenant_id)
        await session.execute(text("SET LOCAL statement_timeout = 0"))
        params = {"tenant": world.tenant_id, "days": days_per_worker}
        # CCUS IDs matching the sandbox's seed, by position.
        for table, prefix in (("sites", 1), ("businesses", 2), ("workers", 3)):
            column = {
                "sites": "ccus_site_id",
                "businesses": "ccus_business_id",
                "workers": "ccus_worker_id",
            }[table]
            await session.execute(
                text(
                    f"UPDATE {table} t SET {column} = '{prefix}' || lpad((n.rn - 1)::text, 13, '0') "
                    f"FROM (SELECT id, row_number() OVER (ORDER BY code) AS rn FROM {table} WHERE tenant_id = :tenant) n "
                    "WHERE t.id = n.id"
                ),
                params,
            )
        # Each worker on one site: a work day rests on its site worker.
        await session.execute(
            text(
                """
                INSERT INTO site_workers (id, tenant_id, site_id, worker_id, business_id,
                                          occupation_id, is_spot, insurance, first_work_date)
                SELECT gen_random_uuid(), :tenant, s.id, w.id, w.business_id,
                       w.primary_occupation_id, false, '{}', DATE '2026-10-01'
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
                INSERT INTO work_days (id, tenant_id, site_id, worker_id, business_id, work_date, entry_at,
                                       exit_at, occupation_id, source, ccus_status)
                SELECT gen_random_uuid(), :tenant, s.id, w.id, w.business_id, DATE '2026-10-01' + d,
                       TIMESTAMPTZ '2026-10-01 08:00+09' + d * interval '1 day',
                       TIMESTAMPTZ '2026-10-01 17:00+09' + d * interval '1 day',
                       w.primary_occupation_id, 'terminal', 'pending'
                FROM (SELECT *, row_number() OVER (ORDER BY code) AS n FROM workers WHERE tenant_id = :tenant) w
                JOIN (SELECT id, row_number() OVER (ORDER BY code) AS n, count(*) OVER () AS total
                      FROM sites WHERE tenant_id = :tenant) s ON s.n = (w.n % s.total) + 1
                CROSS JOIN generate_series(0, :days - 1) AS d
                """
            ),
            params,
        )
        queued = await session.execute(
            text(
                "INSERT INTO ccus_outbox (id, tenant_id, kind, entity_id, status, scheduled_for, idempotency_key, attempts)"
                " SELECT gen_random_uuid(), :tenant, 'work_day', id, 'pending', now() - interval '1 second',"
                " ccus_new_idempotency_key(), 0 FROM work_days WHERE tenant_id = :tenant"
            ),
            params,
        )
        return int(queued.rowcount)  # type: ignore[attr-defined]
