"""P2: the CCUS pipeline — records/s from the outbox through the sandbox (with a realistic
50 ms latency per call) to results written back on every work day. Target ≥ 1,000/s."""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from sqlalchemy import text

from api.ccus import dispatcher
from api.ccus.http_gateway import HttpCcusGateway
from api.db import set_tenant, unit_of_work
from api.kit.jobs import RUN_BY_CALLER
from bench.harness import Figure, Report, Stack
from bench.setup import World, build_world
from tools.devstack.ephemeral import free_port
from tools.devstack.processes import spawn

LATENCY_MS = 50
TARGET = 1000.0


def _ccus_id(prefix: int, number: int) -> str:
    return f"{prefix}{number:013d}"


@contextmanager
def _sandbox(world: World) -> Iterator[str]:
    seed = {
        "user_id": _ccus_id(9, 0),
        "sites": [{"id": _ccus_id(1, n), "name": f"現場{n}"} for n in range(len(world.site_ids))],
        "businesses": [{"id": _ccus_id(2, n), "name": f"事業者{n}"} for n in range(50)],
        "workers": [
            {"id": _ccus_id(3, n), "name": f"技能者{n}"} for n in range(len(world.worker_ids))
        ],
    }
    with tempfile.TemporaryDirectory() as directory:
        seed_file = Path(directory) / "seed.json"
        seed_file.write_text(json.dumps(seed, ensure_ascii=False))
        port = free_port()
        env = {
            **os.environ,
            "CCUS_SANDBOX_SEED_FILE": str(seed_file),
            "CCUS_SANDBOX_RESULT_DELAY_SECONDS": "0",
            "CCUS_SANDBOX_FAULT_LATENCY_MS": str(LATENCY_MS),
        }
        process = spawn([sys.executable, "-m", "ccus_sandbox", "--port", str(port)], env=env)
        url = f"http://127.0.0.1:{port}"
        try:
            for _ in range(100):
                try:
                    if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.1)
            yield url
        finally:
            process.terminate()
            process.wait(timeout=10)


async def _queue(stack: Stack, world: World, days_per_worker: int) -> int:
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
                " replace(gen_random_uuid()::text, '-', ''), 0 FROM work_days WHERE tenant_id = :tenant"
            ),
            params,
        )
        return int(queued.rowcount)  # type: ignore[attr-defined]


async def run(stack: Stack, report: Report, *, full: bool, api_url: str) -> None:
    workers, days = (2000, 10) if full else (1000, 5)
    world = await build_world(stack, sites=20, workers=workers)
    records = await _queue(stack, world, days)
    with _sandbox(world) as sandbox_url:
        settings = stack.settings.model_copy(
            update={
                "ccus_base_url": sandbox_url,
                "ccus_maintenance_weekdays": [],
                "ccus_batch_size": 1000,
            }
        )
        client = HttpCcusGateway.client_for(settings)
        deps = dispatcher.pipeline(
            stack.sessionmaker, HttpCcusGateway(client, settings), settings, RUN_BY_CALLER
        )
        started = time.perf_counter()
        await dispatcher.dispatch(deps, max_rounds=10_000)
        await dispatcher.collect(deps)
        elapsed = time.perf_counter() - started
        await client.aclose()
    async with unit_of_work(stack.sessionmaker, None) as session:
        await set_tenant(session, world.tenant_id)
        synced = (
            await session.execute(
                text(
                    "SELECT count(*) FROM work_days WHERE tenant_id = :t AND ccus_status = 'synced'"
                ),
                {"t": world.tenant_id},
            )
        ).scalar_one()
    if synced != records:
        raise RuntimeError(f"only {synced} of {records} work days came back synced")
    rate = records / elapsed
    report.add(
        Figure(
            "P2",
            f"outbox → sandbox ({LATENCY_MS} ms) → results, {records:,} records",
            rate,
            "records/s",
            f"≥ {TARGET:,.0f}/s",
            rate >= TARGET,
        )
    )
