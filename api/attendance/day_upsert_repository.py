"""The fold's one write of work days: many days in one upsert, each answered with what changed
and who must learn of it."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from api.attendance.days import DayInput, UpsertedDay
from api.kit.ids import uuid7_many
from api.models.attendance import WorkDaySource

# A day changes (and goes to CCUS again) only when its first entry or last exit moves.
_MOVED = """LEAST(d.entry_at, EXCLUDED.entry_at) IS DISTINCT FROM d.entry_at
            OR GREATEST(d.exit_at, EXCLUDED.exit_at) IS DISTINCT FROM d.exit_at"""
_IF_MOVED = ",\n".join(
    f"{column} = CASE WHEN {_MOVED} THEN {new} ELSE d.{column} END"
    for column, new in {"ccus_status": "EXCLUDED.ccus_status", "ccus_state": "EXCLUDED.ccus_state",
                        "ccus_hold_code": "EXCLUDED.ccus_hold_code", "updated_at": "now()"}.items()
)  # fmt: skip
# DayInput's fields, each an array parameter of the same name.
_FIELDS = {
    "site_id": "uuid", "worker_id": "uuid", "business_id": "uuid", "work_date": "date",
    "entry_at": "timestamptz", "exit_at": "timestamptz", "work_location": "text",
    "occupation_id": "uuid", "position_code": "text",
}  # fmt: skip
# Lookups probe one index per row (LATERAL … OFFSET 0): a join let the planner hash the
# tenant's whole table whenever its statistics lagged.
_UPSERT_DAYS = text(
    f"""
    INSERT INTO work_days AS d (id, tenant_id, {", ".join(_FIELDS)}, source, ccus_status,
                                ccus_state, ccus_hold_code)
    SELECT u.id, :tenant_id, u.site_id, u.worker_id, u.business_id, u.work_date, u.entry_at,
           u.exit_at, u.work_location, COALESCE(u.occupation_id, sw.occupation_id),
           COALESCE(u.position_code, sw.position_code), :source,
           CASE WHEN site.linked THEN 'pending' ELSE 'not_linked' END,
           CASE WHEN site.linked THEN 'pending' ELSE 'not_applicable' END,
           CASE WHEN site.linked THEN NULL ELSE 'GENB0001E' END
    FROM unnest(CAST(:id AS uuid[]), {", ".join(f"CAST(:{f} AS {t}[])" for f, t in _FIELDS.items())})
         AS u(id, {", ".join(_FIELDS)})
    CROSS JOIN LATERAL (SELECT occupation_id, position_code FROM site_workers s WHERE s.tenant_id
        = :tenant_id AND s.site_id = u.site_id AND s.worker_id = u.worker_id OFFSET 0) AS sw
    -- A day on a site without a 現場ID has nowhere to go in CCUS (送信対象外).
    CROSS JOIN LATERAL (SELECT ccus_site_id IS NOT NULL AS linked FROM sites
        WHERE sites.tenant_id = :tenant_id AND sites.id = u.site_id OFFSET 0) AS site
    ORDER BY u.site_id, u.worker_id, u.work_date
    ON CONFLICT (tenant_id, site_id, worker_id, work_date) DO UPDATE SET
        entry_at = LEAST(d.entry_at, EXCLUDED.entry_at),
        exit_at = GREATEST(d.exit_at, EXCLUDED.exit_at),
        work_location = COALESCE(EXCLUDED.work_location, d.work_location),
        {_IF_MOVED}
    -- now() is the transaction's start: rows added or changed just now (and to CCUS if linked).
    RETURNING d.id, d.site_id, d.worker_id, d.work_date, d.updated_at = now() AS changed,
              d.updated_at = now() AND d.ccus_state = 'pending' AS for_ccus
    """
)


async def upsert_days(
    session: AsyncSession, tenant_id: UUID, days: Sequence[DayInput], source: WorkDaySource
) -> list[UpsertedDay]:
    """Write each day (one per key, in key order)."""
    offered = uuid7_many(len(days))
    params = {field: [getattr(day, field) for day in days] for field in _FIELDS}
    rows = await session.execute(
        _UPSERT_DAYS, {"tenant_id": tenant_id, "source": source.value, "id": offered, **params}
    )
    added = set(offered)
    return [
        UpsertedDay((site_id, worker_id, work_date), day_id, changed, day_id in added, for_ccus)
        for day_id, site_id, worker_id, work_date, changed, for_ccus in rows.all()
    ]
