"""Rows stored before the API bounded its dates: which ones lie outside the ranges it accepts
now (api/kit/temporal.py). A report, not a repair: staff fix each row through the API, where
every rule applies. Values are read as text, so a row a Python datetime cannot hold (year 0,
year 10000 in Tokyo) is reported rather than crashing the report.

`python -m api.operations.out_of_range` runs it over every tenant (the migration role, which
row-level security does not limit) and exits 1 when it found rows."""

from __future__ import annotations

import asyncio
import sys
from dataclasses import dataclass
from datetime import date, datetime
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncConnection, create_async_engine

from api.kit.temporal import BIRTH, PERIOD, RECORD, WORK, Bounds
from api.operations.repository import values_outside

# table, column, the range its values must lie in, whether it holds instants.
CHECKED: tuple[tuple[str, str, Bounds, bool], ...] = (
    ("work_days", "work_date", WORK, False),
    ("work_days", "entry_at", WORK, True),
    ("work_days", "exit_at", WORK, True),
    ("attendance_events", "occurred_at", WORK, True),
    ("workers", "birth_date", BIRTH, False),
    ("workers", "health_check_on", RECORD, False),
    ("workers", "hired_on", RECORD, False),
    ("workers", "retired_on", RECORD, False),
    ("sites", "period_start", PERIOD, False),
    ("sites", "period_end", PERIOD, False),
    ("api_keys", "expires_at", PERIOD, True),
)
LIMIT_PER_COLUMN = 1000


@dataclass(frozen=True)
class Finding:
    table: str
    column: str
    tenant_id: UUID
    row_id: UUID
    value: str

    def line(self) -> str:
        return f"{self.table}.{self.column}\t{self.tenant_id}\t{self.row_id}\t{self.value}"


def _limits(bounds: Bounds, instants: bool) -> tuple[date | datetime, date | datetime]:
    if instants:
        return bounds.instants()
    return bounds.first, bounds.last()


async def find_out_of_range(connection: AsyncConnection) -> list[Finding]:
    """Every stored value outside its range, as far as `connection` may see."""
    findings: list[Finding] = []
    for table, column, bounds, instants in CHECKED:
        first, last = _limits(bounds, instants)
        rows = await values_outside(
            connection, table, column, first, last, last_excluded=instants, limit=LIMIT_PER_COLUMN
        )
        findings += [Finding(table, column, *row) for row in rows]
    return findings


async def _report() -> int:
    from api.config import get_settings

    engine = create_async_engine(get_settings().alembic_database_url)
    try:
        async with engine.connect() as connection:
            findings = await find_out_of_range(connection)
    finally:
        await engine.dispose()
    sys.stdout.writelines(finding.line() + "\n" for finding in findings)
    sys.stderr.write(f"{len(findings)} stored value(s) outside the accepted ranges\n")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(_report()))
