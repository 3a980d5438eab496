"""Every tenant-owned row of one tenant, read from the catalog (a new table is covered the day
it is added), marked so that a leak of it into another tenant's answer can be recognised."""

from __future__ import annotations

import json
from typing import Any
from uuid import UUID

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

# In every name of the victim's rows; NFKC-stable, so a search for it matches them.
MARKER = "漏洩マーカー"

_TENANT_TABLES = text(
    """
    SELECT c.relname FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
    WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
      AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid
                  AND a.attname = 'tenant_id' AND NOT a.attisdropped)
    ORDER BY 1
    """
)

_NAME_COLUMNS = text(
    """
    SELECT table_name, column_name, character_maximum_length FROM information_schema.columns
    WHERE table_schema = 'public' AND table_name = ANY(:tables)
      AND data_type IN ('character varying', 'text')
      AND (column_name = 'name' OR column_name LIKE '%\\_name' ESCAPE '\\')
    ORDER BY 1, 2
    """
)

Snapshot = dict[str, list[dict[str, Any]]]


async def tenant_tables(session: AsyncSession) -> list[str]:
    return list((await session.execute(_TENANT_TABLES)).scalars())


async def snapshot(session: AsyncSession, tenant_id: UUID) -> Snapshot:
    """The tenant's row in `tenants` and each of its rows in every table with a tenant_id."""
    rows: Snapshot = {}
    tables = await tenant_tables(session)
    assert len(tables) >= 15, f"the catalog lost its tenant tables: {tables}"
    for table in ["tenants", *tables]:
        column = "id" if table == "tenants" else "tenant_id"
        found = await session.execute(
            text(f"SELECT to_jsonb(t)::text FROM {table} t WHERE {column} = :t ORDER BY 1"),
            {"t": tenant_id},
        )
        rows[table] = [json.loads(row) for row in found.scalars()]
    return rows


async def mark_names(session: AsyncSession, tenant_id: UUID) -> int:
    """Put MARKER in front of every name-like column of the tenant's rows; answers how many
    columns it marked."""
    columns = (await session.execute(_NAME_COLUMNS, {"tables": await tenant_tables(session)})).all()
    for table, column, length in columns:
        value = f"left(:marker || {column}, {length})" if length else f":marker || {column}"
        await session.execute(
            text(f"UPDATE {table} SET {column} = {value} WHERE tenant_id = :t"),
            {"marker": MARKER, "t": tenant_id},
        )
    return len(columns)


def needles(rows: Snapshot) -> set[str]:
    """What would betray one of these rows in an answer: its id, and the marker."""
    found = {MARKER}
    for table_rows in rows.values():
        # Only uuids: a small integer id would be found in any answer.
        found.update(row["id"] for row in table_rows if len(str(row.get("id"))) == 36)
    return found
