"""Fold attendance into work days: one row per worker × site × date, first entry and last exit.

Everything is set-based (`INSERT … SELECT unnest(…) ON CONFLICT`), in the caller's transaction,
and idempotent: folding the same input twice changes nothing, so a replayed or raced batch is
harmless. On a worker's first day on a site the business joins the site structure at tier 1 and
the worker joins the site workers, each change recorded as a structure difference for CCUS.

Lookups go through `LATERAL (… OFFSET 0)` (the OFFSET keeps it from being flattened into a
join), one index probe per input row: a plain join let the planner hash the tenant's whole table
whenever its statistics lagged behind a burst of inserts, so every batch cost as much as the
tenant was large."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from uuid import UUID

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from api.kit.ids import uuid7
from api.models.attendance import WorkDaySource

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
    return [merged[key] for key in sorted(merged, key=lambda k: (str(k[0]), str(k[1]), k[2]))]


_STRUCTURE = text(
    """
    WITH wanted AS (
        SELECT DISTINCT site_id, business_id
        FROM unnest(CAST(:site_ids AS uuid[]), CAST(:business_ids AS uuid[])) AS u(site_id, business_id)
    ), added AS (
        INSERT INTO site_businesses (id, tenant_id, site_id, business_id, tier, display_order, insurance, consent)
        SELECT gen_random_uuid(), :tenant_id, site_id, business_id, 1, 0, '{}'::jsonb, 'unanswered'
        FROM wanted ORDER BY site_id, business_id
        ON CONFLICT (tenant_id, site_id, business_id) DO NOTHING
        RETURNING site_id, business_id
    )
    INSERT INTO structure_changes (id, tenant_id, site_id, business_id, kind, changes)
    SELECT gen_random_uuid(), :tenant_id, site_id, business_id, 'added', jsonb_build_object('tier', 1)
    FROM added
    RETURNING site_id
    """
)

_SITE_WORKERS = text(
    """
    WITH wanted AS (
        SELECT site_id, worker_id, business_id, min(work_date) AS first_date
        FROM unnest(CAST(:site_ids AS uuid[]), CAST(:worker_ids AS uuid[]),
                    CAST(:business_ids AS uuid[]), CAST(:dates AS date[]))
             AS u(site_id, worker_id, business_id, work_date)
        GROUP BY site_id, worker_id, business_id
    ), upserted AS (
        INSERT INTO site_workers (id, tenant_id, site_id, worker_id, business_id, occupation_id,
                                  position_code, is_spot, insurance, first_work_date)
        SELECT gen_random_uuid(), :tenant_id, w.site_id, w.worker_id, w.business_id,
               worker.primary_occupation_id, worker.position_code, false, '{}'::jsonb, w.first_date
        FROM wanted w
        CROSS JOIN LATERAL (
            SELECT primary_occupation_id, position_code FROM workers
            WHERE workers.tenant_id = :tenant_id AND workers.id = w.worker_id OFFSET 0
        ) AS worker
        ORDER BY w.site_id, w.worker_id
        ON CONFLICT (tenant_id, site_id, worker_id) DO UPDATE
            SET first_work_date = LEAST(site_workers.first_work_date, EXCLUDED.first_work_date)
            WHERE site_workers.first_work_date IS DISTINCT FROM
                  LEAST(site_workers.first_work_date, EXCLUDED.first_work_date)
        RETURNING site_id, worker_id, business_id, occupation_id, (xmax = 0) AS inserted
    )
    INSERT INTO structure_changes (id, tenant_id, site_id, business_id, worker_id, kind, changes)
    SELECT gen_random_uuid(), :tenant_id, site_id, business_id, worker_id, 'worker_added',
           jsonb_build_object('occupation_id', occupation_id)
    FROM upserted WHERE inserted
    RETURNING site_id
    """
)

_WORK_DAYS = text(
    """
    INSERT INTO work_days AS d (id, tenant_id, site_id, worker_id, business_id, work_date, entry_at,
                                exit_at, occupation_id, position_code, work_location, source,
                                ccus_status)
    SELECT u.id, :tenant_id, u.site_id, u.worker_id, u.business_id, u.work_date, u.entry_at,
           u.exit_at, COALESCE(u.occupation_id, sw.occupation_id),
           COALESCE(u.position_code, sw.position_code), u.work_location, :source, 'pending'
    FROM unnest(CAST(:ids AS uuid[]), CAST(:site_ids AS uuid[]), CAST(:worker_ids AS uuid[]),
                CAST(:business_ids AS uuid[]), CAST(:dates AS date[]),
                CAST(:entries AS timestamptz[]), CAST(:exits AS timestamptz[]),
                CAST(:locations AS text[]), CAST(:occupation_ids AS uuid[]),
                CAST(:position_codes AS text[]))
         AS u(id, site_id, worker_id, business_id, work_date, entry_at, exit_at, work_location,
              occupation_id, position_code)
    CROSS JOIN LATERAL (
        SELECT occupation_id, position_code FROM site_workers
        WHERE site_workers.tenant_id = :tenant_id AND site_workers.site_id = u.site_id
          AND site_workers.worker_id = u.worker_id
        OFFSET 0
    ) AS sw
    ORDER BY u.site_id, u.worker_id, u.work_date
    ON CONFLICT (tenant_id, site_id, worker_id, work_date) DO UPDATE SET
        entry_at = LEAST(d.entry_at, EXCLUDED.entry_at),
        exit_at = GREATEST(d.exit_at, EXCLUDED.exit_at),
        work_location = COALESCE(EXCLUDED.work_location, d.work_location),
        ccus_status = CASE
            WHEN LEAST(d.entry_at, EXCLUDED.entry_at) IS DISTINCT FROM d.entry_at
              OR GREATEST(d.exit_at, EXCLUDED.exit_at) IS DISTINCT FROM d.exit_at
            THEN 'pending' ELSE d.ccus_status END,
        updated_at = CASE
            WHEN LEAST(d.entry_at, EXCLUDED.entry_at) IS DISTINCT FROM d.entry_at
              OR GREATEST(d.exit_at, EXCLUDED.exit_at) IS DISTINCT FROM d.exit_at
            THEN now() ELSE d.updated_at END
    RETURNING d.id, d.site_id, d.worker_id, d.work_date,
              -- now() is the transaction's start: true for rows added or changed just now.
              d.updated_at = now() AS changed
    """
)


@dataclass
class Folded:
    days: dict[DayKey, UUID] = field(default_factory=dict)
    # Work days added or changed: what CCUS must learn.
    changed: list[UUID] = field(default_factory=list)
    # Sites whose structure gained a business or worker.
    structure_sites: set[UUID] = field(default_factory=set)


async def fold(
    session: AsyncSession, tenant_id: UUID, inputs: Sequence[DayInput], source: WorkDaySource
) -> Folded:
    """Upsert the work days of `inputs`."""
    days = merge_inputs(inputs)
    result = Folded()
    if not days:
        return result
    site_ids = [day.site_id for day in days]
    worker_ids = [day.worker_id for day in days]
    business_ids = [day.business_id for day in days]
    dates = [day.work_date for day in days]
    structure = await session.execute(
        _STRUCTURE, {"tenant_id": tenant_id, "site_ids": site_ids, "business_ids": business_ids}
    )
    result.structure_sites.update(structure.scalars())
    site_workers = await session.execute(
        _SITE_WORKERS,
        {
            "tenant_id": tenant_id,
            "site_ids": site_ids,
            "worker_ids": worker_ids,
            "business_ids": business_ids,
            "dates": dates,
        },
    )
    result.structure_sites.update(site_workers.scalars())
    rows = await session.execute(
        _WORK_DAYS,
        {
            "tenant_id": tenant_id,
            "source": source.value,
            "ids": [uuid7() for _ in days],
            "site_ids": site_ids,
            "worker_ids": worker_ids,
            "business_ids": business_ids,
            "dates": dates,
            "entries": [day.entry_at for day in days],
            "exits": [day.exit_at for day in days],
            "locations": [day.work_location for day in days],
            "occupation_ids": [day.occupation_id for day in days],
            "position_codes": [day.position_code for day in days],
        },
    )
    for row in rows:
        result.days[(row.site_id, row.worker_id, row.work_date)] = row.id
        if row.changed:
            result.changed.append(row.id)
    return result
