"""P6's world: hundreds of tenants, their sites, a terminal key per site and one worker per
event, each worker already on its site's structure (a national morning is an ordinary day of
running projects, not 1.6 million first days). Set-based SQL as the superuser (row-level
security admits one tenant per transaction; seeding 500 of them through it, or through the
API, would dominate the run). Ids are derived from (run, kind, tenant, number), so the
terminals know every worker and site without reading 1.6 million rows back."""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from uuid import UUID

import asyncpg

from api.auth.api_key_secrets import generate_key, hash_secret
from bench.harness import Stack
from migrations.masters import occupation_id

SITES_PER_TENANT = 8
BUSINESSES_PER_TENANT = 20
# Kinds of row in a derived id: tenant, branch, business, site, worker, terminal key.
TENANT, BRANCH, BUSINESS, SITE, WORKER, KEY = 1, 2, 3, 4, 5, 6


@dataclass(frozen=True)
class MorningWorld:
    run: int
    tenants: int
    workers_per_tenant: int
    keys: dict[tuple[int, int], str]  # (tenant, site) → the site's terminal key

    @property
    def workers(self) -> int:
        return self.tenants * self.workers_per_tenant

    def id_of(self, kind: int, tenant: int, number: int) -> str:
        return derived_id(self.run, kind, tenant, number)


def derived_id(run: int, kind: int, tenant: int, number: int) -> str:
    """The same value `bench_id` computes in SQL, as text."""
    return str(UUID(f"{run:08x}{kind:04x}{tenant:08x}{number:012x}"))


_ID_FUNCTION = """
CREATE FUNCTION pg_temp.bench_id(run bigint, kind int, tenant int, number bigint) RETURNS uuid
LANGUAGE sql IMMUTABLE AS $$
  SELECT (lpad(to_hex(run), 8, '0') || lpad(to_hex(kind), 4, '0') || lpad(to_hex(tenant), 8, '0')
          || lpad(to_hex(number), 12, '0'))::uuid
$$
"""

# Integers we chose, formatted in: run, tenants, per_tenant (workers), sites, businesses, rebar.
_STATEMENTS = {
    "tenants": """
        INSERT INTO tenants (id, code, name)
        SELECT pg_temp.bench_id({run}, 1, t, 0), 'm' || to_hex({run}) || '-' || t, '朝の会社' || t
        FROM generate_series(1, {tenants}) t""",
    "branches": """
        INSERT INTO branches (id, tenant_id, code, name, display_order)
        SELECT pg_temp.bench_id({run}, 2, t, 0), pg_temp.bench_id({run}, 1, t, 0), '001', '本社', 0
        FROM generate_series(1, {tenants}) t""",
    "businesses": """
        INSERT INTO businesses (id, tenant_id, code, name, name_kana, phone, representative_name,
                                is_own_company, ccus_status)
        SELECT pg_temp.bench_id({run}, 3, t, b), pg_temp.bench_id({run}, 1, t, 0),
               'B' || lpad(b::text, 5, '0'), '事業者' || b, 'ジギョウシャ', '0312345678', '代表',
               false, 'not_linked'
        FROM generate_series(1, {tenants}) t, generate_series(0, {businesses} - 1) b""",
    "business_branches": """
        INSERT INTO business_branches (tenant_id, business_id, branch_id)
        SELECT pg_temp.bench_id({run}, 1, t, 0), pg_temp.bench_id({run}, 3, t, b),
               pg_temp.bench_id({run}, 2, t, 0)
        FROM generate_series(1, {tenants}) t, generate_series(0, {businesses} - 1) b""",
    "sites": """
        INSERT INTO sites (id, tenant_id, branch_id, code, name, city, work_location_memo,
                           work_locations, structure_mode, is_visible, face_recognition,
                           uses_kentaikyo, uses_legal_welfare, uses_workers_comp, ccus_status)
        SELECT pg_temp.bench_id({run}, 4, t, s), pg_temp.bench_id({run}, 1, t, 0),
               pg_temp.bench_id({run}, 2, t, 0), 'S' || lpad(s::text, 5, '0'), '現場' || s,
               '千代田区', false, '[]', 'send', true, false, false, false, false, 'not_linked'
        FROM generate_series(1, {tenants}) t, generate_series(0, {sites} - 1) s""",
    "workers": """
        INSERT INTO workers (id, tenant_id, business_id, code, family_name, given_name,
                             family_kana, given_kana, birth_date, employment_type_code,
                             primary_occupation_id, qualifications, ccus_status)
        SELECT pg_temp.bench_id({run}, 5, t, n), pg_temp.bench_id({run}, 1, t, 0),
               pg_temp.bench_id({run}, 3, t, n % {businesses}), 'W' || lpad(n::text, 7, '0'), '川越',
               '十郎' || n, 'カワゴエ', 'ジュウロウ', DATE '1980-01-01' + (n % 9000), '02',
               '{rebar}'::uuid, '[]', 'not_linked'
        FROM generate_series(1, {tenants}) t, generate_series(0, {per_tenant} - 1) n""",
    "site_businesses": """
        INSERT INTO site_businesses (id, tenant_id, site_id, business_id, tier, display_order,
                                     insurance, consent)
        SELECT gen_random_uuid(), pg_temp.bench_id({run}, 1, t, 0), pg_temp.bench_id({run}, 4, t, s),
               pg_temp.bench_id({run}, 3, t, b), 1, b, '{{}}', 'unanswered'
        FROM generate_series(1, {tenants}) t, generate_series(0, {sites} - 1) s, generate_series(0, {businesses} - 1) b""",
    "site_workers": """
        INSERT INTO site_workers (id, tenant_id, site_id, worker_id, business_id, occupation_id,
                                  is_spot, insurance, first_work_date)
        SELECT gen_random_uuid(), pg_temp.bench_id({run}, 1, t, 0), pg_temp.bench_id({run}, 4, t, n % {sites}),
               pg_temp.bench_id({run}, 5, t, n), pg_temp.bench_id({run}, 3, t, n % {businesses}), '{rebar}'::uuid, false,
               '{{}}', DATE '2026-01-05'
        FROM generate_series(1, {tenants}) t, generate_series(0, {per_tenant} - 1) n""",
}


async def seed_morning(stack: Stack, *, tenants: int, workers: int) -> MorningWorld:
    """`workers` in all, spread evenly over `tenants`; prints each table's seconds."""
    run = secrets.randbits(31)
    per_tenant = -(-workers // tenants)
    connection = await stack.servers.postgres.superuser_connection(stack.servers.roles.database)
    try:
        await connection.execute("SET statement_timeout = 0")
        await connection.execute(_ID_FUNCTION)
        sizes = {
            "run": run, "tenants": tenants, "per_tenant": per_tenant,
            "sites": SITES_PER_TENANT, "businesses": BUSINESSES_PER_TENANT,
            "rebar": occupation_id("10", "01"),
        }  # fmt: skip
        for table, statement in _STATEMENTS.items():
            started = time.perf_counter()
            await connection.execute(statement.format(**sizes))
            print(f"    seeded {table} in {time.perf_counter() - started:.1f} s", flush=True)
        keys = await _terminal_keys(connection, stack, run, tenants)
        # Master data as in service: vacuumed and analysed long ago, not by an autovacuum that
        # wakes up in the middle of the measured morning; nothing left for a checkpoint either.
        await connection.execute(
            "VACUUM (ANALYZE) tenants, businesses, sites, workers, site_businesses, site_workers,"
            " api_keys"
        )
        await connection.execute("CHECKPOINT")
    finally:
        await connection.close()
    return MorningWorld(run, tenants, per_tenant, keys)


async def _terminal_keys(
    connection: asyncpg.Connection, stack: Stack, run: int, tenants: int
) -> dict[tuple[int, int], str]:
    """A gate terminal per site, its key scoped to that site."""
    pepper = stack.settings.api_key_pepper.get_secret_value()
    keys: dict[tuple[int, int], str] = {}
    rows = []
    now = datetime.now(UTC)
    for tenant in range(1, tenants + 1):
        for site in range(SITES_PER_TENANT):
            key = generate_key()
            keys[(tenant, site)] = key.full
            rows.append(
                (
                    UUID(derived_id(run, KEY, tenant, site)),
                    UUID(derived_id(run, TENANT, tenant, 0)),
                    f"gate {site}",
                    "terminal",
                    key.prefix,
                    hash_secret(pepper, key.secret),
                    ["terminal:events"],
                    [UUID(derived_id(run, SITE, tenant, site))],
                    now,
                    now,
                )
            )
    columns = ["id", "tenant_id", "name", "kind", "prefix", "secret_hash", "scopes", "site_ids"]
    await connection.copy_records_to_table(
        "api_keys", records=rows, columns=[*columns, "created_at", "updated_at"]
    )
    return keys
