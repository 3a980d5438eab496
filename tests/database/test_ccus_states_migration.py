"""The ccus_states migration moves stored rows to the states that mean one thing each (ADR 0019):
a CCUS refusal becomes `rejected`, a missing ID `not_applicable` or `held` with its GENB code
apart, and what the removed GENB0004E/GENB0005E holds kept back goes back to the queue."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

from tests.database.test_migrations import _create_scratch_database
from tests.fixtures import migrations
from tests.fixtures.servers import ServerSet

BEFORE = "8c3a51d0e4f7"
# The seeded rows point nowhere; later migrations that check keys (fold18's) would refuse them.
AFTER = "7c3e5a1d9f42"
SCRATCH = "genba_ccus_states_migration"

# (status, error_code) before → (status, hold_code, error_code) after.
OUTBOX = {
    ("failed", "DATK0408E"): ("rejected", None, "DATK0408E"),
    ("failed", "GENB0001E"): ("not_applicable", "GENB0001E", None),
    ("failed", "GENB0003E"): ("not_applicable", "GENB0003E", None),
    ("failed", "GENB0002E"): ("held", "GENB0002E", None),
    ("held", "GENB0004E"): ("pending", None, None),
    ("pending", "GENB9999E"): ("pending", "GENB9999E", None),
    ("succeeded", None): ("succeeded", None, None),
}
# (ccus_status, ccus_error_code) before → (ccus_state, ccus_status, hold, error) after.
DAYS = {
    ("synced", None): ("succeeded", "synced", None, None),
    ("failed", "DATK0408E"): ("rejected", "failed", None, "DATK0408E"),
    ("failed", "GENB0003E"): ("not_applicable", "not_linked", "GENB0003E", None),
    ("pending", "GENB0005E"): ("pending", "pending", None, None),
    ("not_linked", None): ("not_applicable", "not_linked", None, None),
}


async def _seed(servers: ServerSet) -> dict[str, Any]:
    """Rows as the previous schema stored them, written past foreign keys and row security."""
    connection = await servers.postgres.superuser_connection(SCRATCH)
    ids: dict[str, Any] = {}
    try:
        await connection.execute("SET session_replication_role = replica")
        tenant = uuid.uuid4()
        await connection.execute(
            "INSERT INTO tenants (id, code, name) VALUES ($1, 'migration', 'migration')", tenant
        )
        for status, code in OUTBOX:
            row = uuid.uuid4()
            ids[f"outbox:{status}:{code}"] = row
            await connection.execute(
                "INSERT INTO ccus_outbox (id, tenant_id, kind, entity_id, status, scheduled_for, "
                "idempotency_key, attempts, error_code, error_message) "
                "VALUES ($1, $2, 'work_day', $3, $4, now(), $5, 1, $6, $7)",
                row,
                tenant,
                uuid.uuid4(),
                status,
                row.hex,
                code,
                f"{code} message" if code else None,
            )
        for index, (status, code) in enumerate(DAYS):
            day = uuid.uuid4()
            ids[f"day:{status}:{code}"] = day
            await connection.execute(
                "INSERT INTO work_days (id, tenant_id, site_id, worker_id, business_id, work_date, "
                "occupation_id, source, ccus_status, ccus_error_code, created_at, updated_at) "
                "VALUES ($1, $2, $3, $4, $5, current_date - $6::int, $7, 'staff', $8, $9, now(), "
                "now())",
                day,
                tenant,
                uuid.uuid4(),
                uuid.uuid4(),
                uuid.uuid4(),
                index,
                uuid.uuid4(),
                status,
                code,
            )
    finally:
        await connection.close()
    return ids


async def _read(servers: ServerSet, ids: dict[str, Any]) -> tuple[dict[Any, Any], dict[Any, Any]]:
    connection = await servers.postgres.superuser_connection(SCRATCH)
    try:
        outbox = {
            key: tuple(
                await connection.fetchrow(
                    "SELECT status, hold_code, error_code FROM ccus_outbox WHERE id = $1",
                    ids[f"outbox:{key[0]}:{key[1]}"],
                )
            )
            for key in OUTBOX
        }
        days = {
            key: tuple(
                await connection.fetchrow(
                    "SELECT ccus_state, ccus_status, ccus_hold_code, ccus_error_code "
                    "FROM work_days WHERE id = $1",
                    ids[f"day:{key[0]}:{key[1]}"],
                )
            )
            for key in DAYS
        }
        return outbox, days
    finally:
        await connection.close()


def test_stored_rows_move_to_one_state_each(migrated: ServerSet) -> None:
    asyncio.run(_create_scratch_database(migrated, SCRATCH))
    url = migrated.owner_url.rsplit("/", 1)[0] + f"/{SCRATCH}"
    migrations.upgrade(url, migrated.roles.app, BEFORE)
    ids = asyncio.run(_seed(migrated))
    migrations.upgrade(url, migrated.roles.app, AFTER)
    outbox, days = asyncio.run(_read(migrated, ids))
    assert outbox == OUTBOX
    assert days == DAYS
