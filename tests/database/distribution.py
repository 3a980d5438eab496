"""What a database distributed by tenant_id (Citus) would refuse, read from the catalog: every
key of a tenant-owned table must include tenant_id, and a foreign key between two of them must
match tenant_id to tenant_id. The allowlists are the caller's (tests/database/test_distribution_keys.py)."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any, NamedTuple

import asyncpg

# Tables, and their tenant_id attribute, in the public schema (partitions included: a local
# index on one is a key too).
_TENANT_TABLES = """
    SELECT c.oid, c.relname, t.attnum AS tenant_attnum, t.attnotnull AS tenant_not_null
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
    JOIN pg_attribute t ON t.attrelid = c.oid AND t.attname = 'tenant_id' AND NOT t.attisdropped
    WHERE c.relkind IN ('r', 'p') AND NOT (c.relname = ANY($1::text[]))
"""

KEYS = f"""
    WITH tenant_tables AS ({_TENANT_TABLES})
    SELECT tt.relname AS table_name, i.relname AS key_name,
           CASE WHEN x.indisprimary THEN 'primary key' WHEN x.indisexclusion THEN 'exclusion'
                ELSE 'unique' END AS kind,
           tt.tenant_attnum = ANY(x.indkey::int2[]) AS has_tenant,
           pg_get_indexdef(i.oid) AS definition
    FROM tenant_tables tt
    JOIN pg_index x ON x.indrelid = tt.oid AND (x.indisunique OR x.indisexclusion)
    JOIN pg_class i ON i.oid = x.indexrelid
    ORDER BY 1, 2
"""

FOREIGN_KEYS = f"""
    WITH tenant_tables AS ({_TENANT_TABLES})
    SELECT f.conrelid::regclass::text AS table_name, f.conname AS key_name,
           pg_get_constraintdef(f.oid) AS definition,
           local.oid IS NOT NULL AS from_tenant_table,
           EXISTS (SELECT 1 FROM unnest(f.conkey, f.confkey) AS k(mine, theirs)
                   WHERE mine = local.tenant_attnum AND theirs = remote.tenant_attnum)
               AS tenant_to_tenant
    FROM pg_constraint f
    JOIN tenant_tables remote ON remote.oid = f.confrelid
    LEFT JOIN tenant_tables local ON local.oid = f.conrelid
    WHERE f.contype = 'f'
    ORDER BY 1, 2
"""


class Key(NamedTuple):
    table: str
    name: str
    kind: str
    has_tenant: bool
    definition: str


class ForeignKey(NamedTuple):
    table: str
    name: str
    definition: str
    # From a tenant-owned table, pairing its tenant_id with the target's.
    same_tenant: bool


async def tenant_tables(
    connection: asyncpg.Connection, reference: Collection[str]
) -> dict[str, bool]:
    """Each tenant-owned table (a tenant_id column, not a reference table) → tenant_id NOT NULL."""
    rows = await connection.fetch(_TENANT_TABLES, list(reference))
    return {row["relname"]: row["tenant_not_null"] for row in rows}


async def keys(connection: asyncpg.Connection, reference: Collection[str]) -> list[Key]:
    """Every primary key, unique and exclusion index of the tenant-owned tables (partial ones
    too: Citus enforces none that lacks the distribution column)."""
    rows = await connection.fetch(KEYS, list(reference))
    return [
        Key(row["table_name"], row["key_name"], row["kind"], row["has_tenant"], row["definition"])
        for row in rows
    ]


async def foreign_keys(
    connection: asyncpg.Connection, reference: Collection[str]
) -> list[ForeignKey]:
    """Every foreign key into a tenant-owned table. One from a table without tenant_id can
    never be the same tenant's: a reference table cannot point into distributed ones."""
    rows: list[Any] = await connection.fetch(FOREIGN_KEYS, list(reference))
    return [
        ForeignKey(
            row["table_name"],
            row["key_name"],
            row["definition"],
            row["from_tenant_table"] and row["tenant_to_tenant"],
        )
        for row in rows
    ]
