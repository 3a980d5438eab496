"""Monthly partitions of the history (ADR 0025): months made ahead by the worker's job, rows
that waited in DEFAULT moved into their month when it is made, old months detached only on an
explicit retention and kept as tables, never dropped."""

from __future__ import annotations

from datetime import date
from uuid import UUID

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from api.attendance.partition_repository import (
    MONTHS_ACCEPTED,
    add_months,
    attached_months,
    detach_older_than,
    ensure_months,
)
from api.db import set_tenant
from api.kit.japan import business_today
from tests.attendance.staff_days import insert_staff_day
from tests.fixtures.factories import (
    create_business,
    create_site,
    create_site_worker,
    create_tenant,
    create_worker,
)

_WHERE = text("SELECT tableoid::regclass::text FROM work_days WHERE id = :id")


async def _old_day(session: AsyncSession, day: date) -> tuple[UUID, UUID]:
    tenant = await create_tenant(session)
    business = await create_business(session, tenant)
    site = await create_site(session, tenant)
    worker = await create_worker(session, tenant, business)
    await create_site_worker(session, tenant, site, worker)
    day_id = await insert_staff_day(session, tenant.id, site.id, worker.id, day)
    return tenant.id, day_id


async def test_the_job_makes_the_months_ahead_once_as_the_app_role(session: AsyncSession) -> None:
    # Half a year on: the months the migration made run out; the job (as the worker's role,
    # which may not alter tables) makes the next ones.
    later = add_months(business_today().replace(day=1), 6)
    made = await ensure_months(session, later, 1)
    assert f"work_days_p{add_months(later, 1):%Y%m}" in made
    assert f"attendance_events_p{add_months(later, 1):%Y%m}" in made
    assert await ensure_months(session, later, 1) == []
    wanted = {add_months(later, step) for step in range(1 - MONTHS_ACCEPTED, 2)}
    for parent in ("work_days", "attendance_events"):
        assert wanted <= set(await attached_months(session, parent))


async def test_a_month_made_later_takes_its_rows_from_default(session: AsyncSession) -> None:
    tenant_id, day_id = await _old_day(session, date(2015, 3, 10))
    assert await session.scalar(_WHERE, {"id": day_id}) == "work_days_default"

    made = await session.scalar(
        text("SELECT history_partition_add('work_days', DATE '2015-03-01')")
    )
    assert made is True
    await set_tenant(session, tenant_id)
    assert await session.scalar(_WHERE, {"id": day_id}) == "work_days_p201503"
    # Forced row-level security of its own: no tenant, no rows, even read directly.
    await session.execute(text("SELECT set_config('app.tenant_id', '', true)"))
    assert await session.scalar(text("SELECT count(*) FROM work_days_p201503")) == 0


async def test_detaching_is_explicit_and_keeps_the_month_as_a_table(
    session: AsyncSession,
) -> None:
    tenant_id, day_id = await _old_day(session, date(2014, 7, 1))
    await session.execute(text("SELECT history_partition_add('work_days', DATE '2014-07-01')"))
    today = business_today()
    with pytest.raises(ValueError, match="live months"):
        await detach_older_than(session, today, MONTHS_ACCEPTED - 1)

    detached = await detach_older_than(session, today, MONTHS_ACCEPTED)

    assert "work_days_p201407" in detached
    # Nothing younger than the retention left.
    cutoff = add_months(today.replace(day=1), -MONTHS_ACCEPTED)
    assert all(int(name[-6:]) < int(f"{cutoff:%Y%m}") for name in detached), detached
    assert date(2014, 7, 1) not in await attached_months(session, "work_days")
    await set_tenant(session, tenant_id)
    assert await session.scalar(_WHERE, {"id": day_id}) is None
    kept = await session.scalar(
        text("SELECT count(*) FROM work_days_p201407 WHERE id = :id"), {"id": day_id}
    )
    assert kept == 1
    # Detached once: asking again changes nothing.
    assert "work_days_p201407" not in await detach_older_than(session, today, MONTHS_ACCEPTED)
