"""The business date PostgreSQL computes (CCUS lists filtered or grouped by day) is Japan's too,
whatever zone the database session runs in."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import DateTime, literal, select, text
from sqlalchemy.ext.asyncio import AsyncConnection

from api.kit.japan import tokyo_date


async def test_the_sql_business_date_turns_at_midnight_in_japan(
    connection: AsyncConnection,
) -> None:
    await connection.execute(text("SET LOCAL TIME ZONE 'America/Los_Angeles'"))
    instants = [
        datetime(2026, 11, 30, 14, 59, tzinfo=UTC),
        datetime(2026, 11, 30, 15, 0, tzinfo=UTC),
    ]
    row = (
        await connection.execute(
            select(*(tokyo_date(literal(at, DateTime(timezone=True))) for at in instants))
        )
    ).one()
    assert tuple(row) == (date(2026, 11, 30), date(2026, 12, 1))
