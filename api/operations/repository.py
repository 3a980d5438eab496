"""Read-only queries the operator's checks run over every table (never a write)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection


async def values_outside(
    connection: AsyncConnection,
    table: str,
    column: str,
    first: date | datetime,
    last: date | datetime,
    *,
    last_excluded: bool,
    limit: int,
) -> Sequence[Any]:
    """(tenant_id, id, value as text) of the rows whose `column` lies outside the range.
    `table` and `column` come from a fixed list in the code, never from input."""
    beyond = f"{column} >= :last" if last_excluded else f"{column} > :last"
    result = await connection.execute(
        text(
            f"SELECT tenant_id, id, {column}::text FROM {table} "
            f"WHERE {column} < :first OR {beyond} ORDER BY tenant_id, id LIMIT :limit"
        ),
        {"first": first, "last": last, "limit": limit},
    )
    return result.all()
