"""Work days as the fold takes them in: which calendar day an instant belongs to (Asia/Tokyo,
shifted by the tenant's day boundary, 日替わり時刻, so a night shift's exit after midnight
belongs to the day it started), and one input per worker × site × date."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import NamedTuple
from uuid import UUID

from api.kit.japan import TOKYO


def work_date_of(instant: datetime, day_boundary_hour: int) -> date:
    return (instant.astimezone(TOKYO) - timedelta(hours=day_boundary_hour)).date()


DayKey = tuple[UUID, UUID, date]  # site, worker, work date


@dataclass(frozen=True)
class DayInput:
    site_id: UUID
    worker_id: UUID
    business_id: UUID
    work_date: date
    entry_at: datetime | None = None
    exit_at: datetime | None = None
    work_location: str | None = None
    # Staff may name the occupation and position of the day; otherwise the site worker's apply.
    occupation_id: UUID | None = None
    position_code: str | None = None

    @property
    def key(self) -> DayKey:
        return (self.site_id, self.worker_id, self.work_date)


class UpsertedDay(NamedTuple):
    key: DayKey
    id: UUID
    changed: bool  # added or changed just now
    added: bool  # it kept the id offered
    for_ccus: bool  # changed on a site linked to CCUS


def _earliest(a: datetime | None, b: datetime | None) -> datetime | None:
    return min(value for value in (a, b) if value is not None) if (a or b) else None


def _latest(a: datetime | None, b: datetime | None) -> datetime | None:
    return max(value for value in (a, b) if value is not None) if (a or b) else None


def merge_inputs(inputs: Iterable[DayInput]) -> list[DayInput]:
    """One input per day key (an upsert may touch a row once per statement), in key order so
    concurrent batches lock rows in the same order and cannot deadlock."""
    merged: dict[DayKey, DayInput] = {}
    for item in inputs:
        seen = merged.get(item.key)
        if seen is None:
            merged[item.key] = item
            continue
        merged[item.key] = DayInput(
            site_id=item.site_id,
            worker_id=item.worker_id,
            business_id=item.business_id,
            work_date=item.work_date,
            entry_at=_earliest(seen.entry_at, item.entry_at),
            exit_at=_latest(seen.exit_at, item.exit_at),
            work_location=item.work_location or seen.work_location,
            occupation_id=item.occupation_id or seen.occupation_id,
            position_code=item.position_code or seen.position_code,
        )
    # UUIDs order as PostgreSQL orders them (by their bytes); asyncpg's compare in C.
    return [merged[key] for key in sorted(merged)]
