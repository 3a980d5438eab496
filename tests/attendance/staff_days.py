"""A work day written straight into the table, for tests of the history's months, as staff
would enter it. A day points at its site worker (ADR 0026): make it first with
`create_site_worker`."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from api.kit.ids import uuid7

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
    day_id = uuid7()
    values = {"tenant": tenant_id, "site": site_id, "worker": worker_id, "day": day}
    await session.execute(_DAY, {"id": day_id, **values})
    return day_id
