"""Every unique key of the schema is either answered like its service's check when two requests
race for it (api/unique_keys.py) or named as one no request can collide on."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from api.unique_keys import NOT_FROM_REQUESTS, UNIQUE_KEYS, parent_key

_UNIQUE_KEYS = text(
    """
    SELECT i.relname
    FROM pg_index x
    JOIN pg_class i ON i.oid = x.indexrelid
    JOIN pg_class t ON t.oid = x.indrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace
    WHERE n.nspname = 'public' AND x.indisunique AND NOT x.indisprimary AND NOT t.relispartition
    """
)


async def test_every_unique_key_is_answered_or_named_unreachable(session: AsyncSession) -> None:
    in_schema = set((await session.execute(_UNIQUE_KEYS)).scalars())
    known = set(UNIQUE_KEYS) | set(NOT_FROM_REQUESTS)
    assert in_schema - known == set(), "unique keys a race would answer with a 500"
    assert known - in_schema == set(), "entries for keys the schema no longer has"


def test_a_partitions_key_is_its_tables_key() -> None:
    key = "uq_work_days_tenant_id_site_id_worker_id_work_date"
    for partition in ("work_days_p202611", "work_days_default"):
        assert parent_key(f"{partition}_tenant_id_site_id_worker_id_work_date_key") == key
    assert key in UNIQUE_KEYS
    assert parent_key("uq_sites_tenant_id_code") == "uq_sites_tenant_id_code"
