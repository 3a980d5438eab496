"""A work day written straight into the table, for tests of the history's months: its site
worker first (a day points at it, ADR 0026), then the day as staff would enter it."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from api.kit.ids import uuid7

_SITE_WORKER = text(
    """
    INSERT INTO site_workers (id, tenant_id, site_id, worker_id, business_id, occupation_id,
                              is_spot, insurance, first_work_date)
    SELECT :id, :tenant, :site, w.id, w.business_id, w.primary_occupation_id, false, '{}', :day
    FROM workers w WHERE w.id = :worker
    ON CONFLICT (tenant_id, site_id, worker_id) DO NOTHING
    """
)
_DAY = text(
    """
    INSERT INTO work_days (id, tenant_id, site_id, worker_id, business_id, work_date,
                           occupation_id, source, ccus_status)
    SELECT :id, :tenant, :site, w.id, w.business_id, :day, w.primary_occupation_id, 'staff',
           'not_linked'
    FROM workers w WHERE w.id = :worker
    """
)


async def insert_staff_day(
    session: AsyncSession, tenant_id: UUID, site_id: UUID, worker_id: UUID, day: date
) -> UUID:
    values = {"tenant": tenant_id, "site": site_id, "worker": worker_id, "day": day}
    await session.execute(_SITE_WORKER, {"id": uuid7(), **values})
    day_id = uuid7()
    await session.execute(_DAY, {"id": day_id, **values})
    return day_id
