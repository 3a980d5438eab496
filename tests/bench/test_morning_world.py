"""P6's world: the ids the terminals derive are the ids the SQL seeding wrote, and the morning's
batches name every worker once, each at its own site with that site's key."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date

from bench.morning_fleet import morning_batches
from bench.morning_world import _ID_FUNCTION, SITE, WORKER, MorningWorld, derived_id
from tests.fixtures.servers import ServerSet


async def test_python_and_sql_derive_the_same_ids(servers: ServerSet) -> None:
    connection = await servers.postgres.superuser_connection()
    try:
        await connection.execute(_ID_FUNCTION)
        for run, kind, tenant, number in ((0x7FFFFFFF, WORKER, 500, 3199), (1, SITE, 1, 0)):
            found = await connection.fetchval(
                "SELECT pg_temp.bench_id($1, $2, $3, $4)::text", run, kind, tenant, number
            )
            assert found == derived_id(run, kind, tenant, number)
    finally:
        await connection.close()


def _world(tenants: int, per_tenant: int, sites: int) -> MorningWorld:
    keys = {(t, s): f"key-{t}-{s}" for t in range(1, tenants + 1) for s in range(sites)}
    return MorningWorld(run=0x1234, tenants=tenants, workers_per_tenant=per_tenant, keys=keys)


def test_every_worker_enters_once_at_its_site_with_the_site_key() -> None:
    world = _world(tenants=3, per_tenant=37, sites=4)
    batches = morning_batches(world, date(2026, 11, 30), size=4)
    seen: Counter[str] = Counter()
    for batch in batches:
        events = json.loads(batch.body)["events"]
        assert len(events) == batch.size <= 4
        tenant, site = (int(part) for part in batch.key.removeprefix("key-").split("-"))
        for event in events:
            number = int(event["event_id"].rsplit("-", 1)[1])
            assert event["worker_id"] == world.id_of(WORKER, tenant, number)
            assert event["site_id"] == world.id_of(SITE, tenant, number % 4)
            assert event["site_id"] == world.id_of(SITE, tenant, site)
            assert event["occurred_at"].startswith("2026-11-30T0")
            seen[event["worker_id"]] += 1
    assert len(seen) == 3 * 37
    assert set(seen.values()) == {1}
    # Tenants interleaved: the first batches come from every tenant, not from the first one.
    assert {batch.key.split("-")[1] for batch in batches[:12]} == {"1", "2", "3"}
