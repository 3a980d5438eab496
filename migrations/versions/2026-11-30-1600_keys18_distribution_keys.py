"""keys18_distribution_keys: tenant_id in every tenant-owned table's primary key and unique keys

Every table with a NOT NULL tenant_id gets the primary key (tenant_id, <its old key>): (tenant_id,
id) for tables with an id, which makes the old UNIQUE (tenant_id, id) redundant, so the composite
foreign keys that pointed at it are re-pointed at the new key. The outbox's idempotency key
becomes unique per tenant (every lookup already names the tenant). What stays global, and why:
tests/database/test_distribution_keys.py and docs/scaling.md.

The tables are found in the catalog, not listed: a table that already has tenant_id in its key
(a partitioned one, say) is left as it is, in both directions.

Revision ID: 7c41d9e2b8a5
Revises: 7a3c5e9f2b18
Create Date: 2026-11-30 16:00:00.000000+00:00
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import sqlalchemy as sa
from alembic import op

revision: str = "7c41d9e2b8a5"
down_revision: str | None = "7a3c5e9f2b18"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (table, its primary key's name, the key's columns in order, whether it is partitioned)
_KEYS = sa.text(
    """
    SELECT c.relname AS table_name, k.conname AS key_name, c.relkind = 'p' AS partitioned,
           array_agg(a.attname ORDER BY u.ordinality) AS columns
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
    JOIN pg_attribute t ON t.attrelid = c.oid AND t.attname = 'tenant_id' AND t.attnotnull
    JOIN pg_constraint k ON k.conrelid = c.oid AND k.contype = 'p'
    CROSS JOIN LATERAL unnest(k.conkey) WITH ORDINALITY AS u(attnum, ordinality)
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = u.attnum
    WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
    GROUP BY c.relname, k.conname, c.relkind
    ORDER BY c.relname
    """
)

# The foreign keys that lean on one of these tables' unique keys, with their definitions.
_LEANING = sa.text(
    """
    SELECT f.conrelid::regclass::text AS table_name, f.conname AS name,
           pg_get_constraintdef(f.oid) AS definition
    FROM pg_constraint f
    WHERE f.contype = 'f' AND f.confrelid::regclass::text = ANY(CAST(:tables AS text[]))
      -- A partition's copy of its table's key goes and comes back with the table's own.
      AND f.conparentid = 0
    ORDER BY 1, 2
    """
)


class _Key(NamedTuple):
    table: str
    name: str
    columns: tuple[str, ...]
    partitioned: bool


def _keys() -> list[_Key]:
    rows = op.get_bind().execute(_KEYS).all()
    return [_Key(row.table_name, row.key_name, tuple(row.columns), row.partitioned) for row in rows]


def _swap_keys(changes: list[tuple[_Key, tuple[str, ...], bool, bool]]) -> None:
    """Each (key, new columns, drop UNIQUE (tenant_id, id) first, add it after), with the
    foreign keys that depend on the old unique indexes dropped before and re-made after."""
    if not changes:
        return
    leaning = op.get_bind().execute(_LEANING, {"tables": [key.table for key, *_ in changes]})
    foreign_keys = leaning.all()
    for row in foreign_keys:
        op.execute(f'ALTER TABLE {row.table_name} DROP CONSTRAINT "{row.name}"')
    for key, columns, drop_unique, add_unique in changes:
        referable = f"uq_{key.table}_tenant_id_id"
        if drop_unique:
            op.execute(f"ALTER TABLE {key.table} DROP CONSTRAINT {referable}")
        op.execute(f"ALTER TABLE {key.table} DROP CONSTRAINT {key.name}")
        op.execute(
            f"ALTER TABLE {key.table} ADD CONSTRAINT pk_{key.table} "
            f"PRIMARY KEY ({', '.join(columns)})"
        )
        if add_unique:
            op.execute(f"ALTER TABLE {key.table} ADD CONSTRAINT {referable} UNIQUE (tenant_id, id)")
    for row in foreign_keys:
        op.execute(f'ALTER TABLE {row.table_name} ADD CONSTRAINT "{row.name}" {row.definition}')


def upgrade(app_role: str) -> None:
    op.execute("SET LOCAL lock_timeout = '5s'")
    changes = [
        (key, ("tenant_id", *key.columns), key.columns == ("id",), False)
        for key in _keys()
        if "tenant_id" not in key.columns
    ]
    _swap_keys(changes)
    op.drop_constraint("uq_ccus_outbox_idempotency_key", "ccus_outbox", type_="unique")
    op.create_unique_constraint(
        "uq_ccus_outbox_tenant_id_idempotency_key", "ccus_outbox", ["tenant_id", "idempotency_key"]
    )


def downgrade(app_role: str) -> None:
    op.execute("SET LOCAL lock_timeout = '5s'")
    op.drop_constraint("uq_ccus_outbox_tenant_id_idempotency_key", "ccus_outbox", type_="unique")
    op.create_unique_constraint(
        "uq_ccus_outbox_idempotency_key", "ccus_outbox", ["idempotency_key"]
    )
    # Only the shapes upgrade made: a partitioned table keeps its key (the partition column
    # must be in it, and it came with tenant_id).
    changes = [
        (key, key.columns[1:], False, key.columns == ("tenant_id", "id"))
        for key in _keys()
        if key.columns[0] == "tenant_id" and len(key.columns) > 1 and not key.partitioned
    ]
    _swap_keys(changes)
