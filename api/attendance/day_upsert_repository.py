"""The fold's one write of work days: an upsert of many days at once, answering for each what
changed and who must learn of it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple
from uuid import UUID

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from api.attendance.days import DayInput, DayKey
from api.kit.ids import uuid7_many
from api.models.attendance import WorkDaySource

# First entry and last exit, whichever fold or form saw them first; a day changes (and goes to
# CCUS again) only when its times do. Lookups probe one index per row (LATERAL … OFFSET 0): a
# join let the planner hash the tenant's whole table whenever its statistics lagged.
_UPSERT_DAYS = text(
    """
    INSERT INTO work_days AS d (id, tenant_id, site_id, worker_id, business_id, work_date, entry_at,
                                exit_at, occupation_id, position_code, work_location, source,
                                ccus_status, ccus_state, ccus_hold_code)
    SELECT u.id, :tenant_id, u.site_id, u.worker_id, u.business_id, u.work_date, u.entry_at,
           u.exit_at, COALESCE(u.occupation_id, sw.occupation_id),
           COALESCE(u.position_code, sw.position_code), u.work_location, :source,
           CASE WHEN site.linked THEN 'pending' ELSE 'not_linked' END,
           CASE WHEN site.linked THEN 'pending' ELSE 'not_applicable' END,
           CASE WHEN site.linked THEN NULL ELSE 'GENB0001E' END
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
    -- A day on a site without a 現場ID has nowhere to go in CCUS (送信対象外).
    CROSS JOIN LATERAL (
        SELECT ccus_site_id IS NOT NULL AS linked FROM sites
        WHERE sites.tenant_id = :tenant_id AND sites.id = u.site_id
        OFFSET 0
    ) AS site
    ORDER BY u.site_id, u.worker_id, u.work_date
    ON CONFLICT (tenant_id, site_id, worker_id, work_date) DO UPDATE SET
        entry_at = LEAST(d.entry_at, EXCLUDED.entry_at),
        exit_at = GREATEST(d.exit_at, EXCLUDED.exit_at),
        work_location = COALESCE(EXCLUDED.work_location, d.work_location),
        ccus_status = CASE
            WHEN LEAST(d.entry_at, EXCLUDED.entry_at) IS DISTINCT FROM d.entry_at
              OR GREATEST(d.exit_at, EXCLUDED.exit_at) IS DISTINCT FROM d.exit_at
            THEN EXCLUDED.ccus_status ELSE d.ccus_status END,
        ccus_state = CASE
            WHEN LEAST(d.entry_at, EXCLUDED.entry_at) IS DISTINCT FROM d.entry_at
              OR GREATEST(d.exit_at, EXCLUDED.exit_at) IS DISTINCT FROM d.exit_at
            THEN EXCLUDED.ccus_state ELSE d.ccus_state END,
        ccus_hold_code = CASE
            WHEN LEAST(d.entry_at, EXCLUDED.entry_at) IS DISTINCT FROM d.entry_at
              OR GREATEST(d.exit_at, EXCLUDED.exit_at) IS DISTINCT FROM d.exit_at
            THEN EXCLUDED.ccus_hold_code ELSE d.ccus_hold_code END,
        updated_at = CASE
            WHEN LEAST(d.entry_at, EXCLUDED.entry_at) IS DISTINCT FROM d.entry_at
              OR GREATEST(d.exit_at, EXCLUDED.exit_at) IS DISTINCT FROM d.exit_at
            THEN now() ELSE d.updated_at END
    RETURNING d.id, d.site_id, d.worker_id, d.work_date,
              -- now() is the transaction's start: true for rows added or changed just now.
              d.updated_at = now() AS changed,
              -- Added or changed on a site linked to CCUS: the day goes there (again).
              d.updated_at = now() AND d.ccus_state = 'pending' AS for_ccus
    """
)


class UpsertedDay(NamedTuple):
    key: DayKey
    id: UUID
    # Added or changed just now.
    changed: bool
    # Added (it kept the id offered).
    added: bool
    # Changed on a site linked to CCUS: CCUS must learn it.
    for_ccus: bool


async def upsert_days(
    session: AsyncSession, tenant_id: UUID, days: Sequence[DayInput], source: WorkDaySource
) -> list[UpsertedDay]:
    """Write each day (one per key, in key order)."""
    offered = uuid7_many(len(days))
    rows = await session.execute(
        _UPSERT_DAYS,
        {
            "tenant_id": tenant_id,
            "source": source.value,
            "ids": offered,
            "site_ids": [day.site_id for day in days],
            "worker_ids": [day.worker_id for day in days],
            "business_ids": [day.business_id for day in days],
            "dates": [day.work_date for day in days],
            "entries": [day.entry_at for day in days],
            "exits": [day.exit_at for day in days],
            "locations": [day.work_location for day in days],
            "occupation_ids": [day.occupation_id for day in days],
            "position_codes": [day.position_code for day in days],
        },
    )
    added = set(offered)
    return [
        UpsertedDay((site_id, worker_id, work_date), day_id, changed, day_id in added, for_ccus)
        for day_id, site_id, worker_id, work_date, changed, for_ccus in rows.all()
    ]
