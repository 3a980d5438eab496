"""Monthly partitions of work days and attendance events (ADR 0025): months made ahead, and
old months detached only when a retention is set. The DDL runs in SQL functions the migration
made (migrations/history_partitions.py), as their owner: the worker's role may not alter tables."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

HISTORY_TABLES = ("work_days", "attendance_events")
# The events are kept as long as anything can still be accepted for their month: the oldest
# accepted instant is `attendance_max_age_days` back, so 13 months plus the current one.
MONTHS_ACCEPTED = 14

_ADD = text("SELECT history_partition_add(:parent, :month)")
_DETACH = text("SELECT history_partition_detach(:parent, :month)")
_ATTACHED = text(
    """
    SELECT to_date(substring(c.relname from '_p([0-9]{6})$'), 'YYYYMM')
    FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
    WHERE i.inhparent = CAST(:parent AS regclass) AND c.relname ~ '_p[0-9]{6}$'
    ORDER BY 1
    """
)


def add_months(month: date, months: int) -> date:
    index = month.year * 12 + month.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


async def ensure_months(session: AsyncSession, today: date, ahead: int) -> list[str]:
    """The months that can take an accepted event and `ahead` more, for each history table;
    answers the partitions made now."""
    made = []
    first = today.replace(day=1)
    for parent in HISTORY_TABLES:
        for step in range(1 - MONTHS_ACCEPTED, ahead + 1):
            month = add_months(first, step)
            if (await session.execute(_ADD, {"parent": parent, "month": month})).scalar_one():
                made.append(f"{parent}_p{month:%Y%m}")
    return made


async def attached_months(session: AsyncSession, parent: str) -> list[date]:
    return list((await session.execute(_ATTACHED, {"parent": parent})).scalars())


async def detach_older_than(session: AsyncSession, today: date, retention: int) -> list[str]:
    """Detach the months wholly older than `retention` months before this one. A month that
    could still take an accepted event is never detached, whatever the retention says."""
    if retention < MONTHS_ACCEPTED:
        raise ValueError(f"a retention under {MONTHS_ACCEPTED} months would detach live months")
    cutoff = add_months(today.replace(day=1), -retention)
    detached = []
    for parent in HISTORY_TABLES:
        for month in await attached_months(session, parent):
            if month < cutoff:
                name = (await session.execute(_DETACH, {"parent": parent, "month": month})).scalar()
                if name:
                    detached.append(str(name))
    return detached
