"""Ready for a database distributed by tenant_id (docs/scaling.md): on the migrated schema, every
tenant-owned table's primary key, unique keys and foreign keys into other tenant tables include
tenant_id, the column Citus would distribute by. What stays global says why, here."""

from __future__ import annotations

from collections.abc import AsyncIterator

import asyncpg
import pytest_asyncio

from api.models import Model
from tests.database import distribution
from tests.fixtures.servers import ServerSet

# Tables with a tenant_id that a distributed database would copy to every node instead.
REFERENCE_TABLES = {
    "occupations": "職種 master: the shipped rows have no tenant (tenant_id NULL, which no key "
    "may hold) and a tenant's own rows are few; a reference table, which tenant tables may "
    "point at",
}
# Unique keys that must hold across tenants: each finds its row before the tenant is known.
GLOBAL_KEYS = {
    ("api_keys", "uq_api_keys_prefix"): "an API key arrives on its own; its prefix finds the "
    "row (and so the tenant) before the secret is checked",
    ("account_tokens", "uq_account_tokens_token_hash"): "an emailed link carries only its token; "
    "the token's hash finds the invitation or reset (and so the tenant)",
}


@pytest_asyncio.fixture(loop_scope="session")
async def catalog(migrated: ServerSet) -> AsyncIterator[asyncpg.Connection]:
    connection = await migrated.postgres.superuser_connection(migrated.roles.database)
    try:
        yield connection
    finally:
        await connection.close()


async def test_every_tenant_table_is_seen_and_never_without_a_tenant(
    catalog: asyncpg.Connection,
) -> None:
    tables = await distribution.tenant_tables(catalog, REFERENCE_TABLES)
    assert {"workers", "work_days", "users", "worker_phones", "ccus_outbox"} <= tables.keys()
    assert [table for table, not_null in tables.items() if not not_null] == []


async def test_every_tenant_table_has_a_primary_key_with_tenant_id(
    catalog: asyncpg.Connection,
) -> None:
    tables = await distribution.tenant_tables(catalog, REFERENCE_TABLES)
    keys = await distribution.keys(catalog, REFERENCE_TABLES)
    keyed = {key.table for key in keys if key.kind == "primary key" and key.has_tenant}
    assert sorted(tables.keys() - keyed) == []


async def test_every_unique_key_of_a_tenant_table_includes_tenant_id(
    catalog: asyncpg.Connection,
) -> None:
    keys = await distribution.keys(catalog, REFERENCE_TABLES)
    global_keys = {(key.table, key.name): key.definition for key in keys if not key.has_tenant}
    unexplained = {name: text for name, text in global_keys.items() if name not in GLOBAL_KEYS}
    assert unexplained == {}
    # An entry for a key that is gone, or that has tenant_id now, goes too.
    assert sorted(GLOBAL_KEYS.keys() - global_keys.keys()) == []


async def test_foreign_keys_into_tenant_tables_pair_tenant_id_with_tenant_id(
    catalog: asyncpg.Connection,
) -> None:
    foreign_keys = await distribution.foreign_keys(catalog, REFERENCE_TABLES)
    assert len(foreign_keys) >= 20
    assert [key for key in foreign_keys if not key.same_tenant] == []


async def test_reference_tables_say_why_and_keep_a_nullable_tenant(
    catalog: asyncpg.Connection,
) -> None:
    tables = await distribution.tenant_tables(catalog, ())
    assert {table: tables.get(table) for table in REFERENCE_TABLES} == dict.fromkeys(
        REFERENCE_TABLES, False
    )


async def test_the_checks_catch_a_table_that_breaks_each_rule(
    catalog: asyncpg.Connection,
) -> None:
    transaction = catalog.transaction()
    await transaction.start()
    try:
        await catalog.execute(
            "CREATE TABLE keys18_probe (id uuid PRIMARY KEY, tenant_id uuid NOT NULL,"
            " code text UNIQUE, worker_id uuid,"
            " CONSTRAINT probe_crossed FOREIGN KEY (worker_id, tenant_id)"
            " REFERENCES workers (tenant_id, id))"
        )
        await catalog.execute(
            "CREATE TABLE keys18_master (a uuid, b uuid,"
            " CONSTRAINT master_into_tenant FOREIGN KEY (a, b) REFERENCES workers (tenant_id, id))"
        )
        keys = await distribution.keys(catalog, REFERENCE_TABLES)
        foreign_keys = await distribution.foreign_keys(catalog, REFERENCE_TABLES)
    finally:
        await transaction.rollback()
    probe_keys = {(key.name, key.has_tenant) for key in keys if key.table == "keys18_probe"}
    assert probe_keys == {("keys18_probe_pkey", False), ("keys18_probe_code_key", False)}
    broken = {key.name for key in foreign_keys if not key.same_tenant}
    assert broken == {"probe_crossed", "master_into_tenant"}


async def test_models_declare_the_primary_keys_the_migrations_made(
    catalog: asyncpg.Connection,
) -> None:
    # alembic's comparison (tests/database/test_migrations.py) does not look at primary keys.
    rows = await catalog.fetch(
        "SELECT k.conrelid::regclass::text AS table_name,"
        " array_agg(a.attname ORDER BY u.n) AS columns"
        " FROM pg_constraint k CROSS JOIN LATERAL unnest(k.conkey) WITH ORDINALITY AS u(num, n)"
        " JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.num"
        " WHERE k.contype = 'p' AND k.connamespace = 'public'::regnamespace GROUP BY 1"
    )
    migrated = {row["table_name"]: list(row["columns"]) for row in rows}
    declared = {
        table.name: [column.name for column in table.primary_key.columns]
        for table in Model.metadata.sorted_tables
    }
    assert declared == {table: columns for table, columns in migrated.items() if table in declared}
