"""fold18_work_day_keys points work days at their site worker (ADR 0026). A day stored without
one gets the site worker the fold would have added on the worker's first day there, so the key
holds; going back restores the keys to the site, the worker and the tenant."""

from __future__ import annotations

import asyncio
from datetime import date
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine

from api.models.attendance import WorkDay, WorkDaySource
from tests.database.test_migrations import _create_scratch_database
from tests.fixtures import migrations
from tests.fixtures.factories import (
    REBAR,
    REBAR_WELDING,
    create_business,
    create_site,
    create_site_worker,
    create_tenant,
    create_worker,
)
from tests.fixtures.servers import ServerSet

BEFORE = "4d7e2b9c1a63"
SCRATCH = "genba_work_day_keys_migration"
KEYS = """
    SELECT conname FROM pg_constraint
    WHERE conrelid = 'work_days'::regclass AND contype = 'f' ORDER BY conname
"""


async def _seed(url: str) -> dict[str, Any]:
    """Two days of one worker on a site without its site worker, and one with."""
    engine = create_async_engine(url)
    try:
        async with AsyncSession(engine) as session:
            tenant = await create_tenant(session)
            business = await create_business(session, tenant)
            worker = await create_worker(session, tenant, business)
            bare, placed = await create_site(session, tenant), await create_site(session, tenant)
            await create_site_worker(session, tenant, placed, worker)
            for site, day, occupation in (
                (bare, date(2026, 11, 25), REBAR),
                (bare, date(2026, 11, 24), REBAR_WELDING),
                (placed, date(2026, 11, 24), REBAR_WELDING),
            ):
                session.add(
                    WorkDay(
                        tenant_id=tenant.id,
                        site_id=site.id,
                        worker_id=worker.id,
                        business_id=business.id,
                        work_date=day,
                        occupation_id=occupation,
                        source=WorkDaySource.staff,
                    )
                )
            seeded = {"tenant": tenant.id, "business": business.id, "worker": worker.id}
            await session.commit()
            return seeded
    finally:
        await engine.dispose()


async def _read(url: str, tenant_id: Any) -> tuple[list[tuple[Any, ...]], list[str]]:
    engine = create_async_engine(url)
    try:
        async with engine.connect() as connection:
            await connection.execute(
                text("SELECT set_config('app.tenant_id', :t, false)"), {"t": str(tenant_id)}
            )
            rows = await connection.execute(
                text(
                    "SELECT business_id, worker_id, occupation_id, first_work_date"
                    " FROM site_workers ORDER BY first_work_date NULLS FIRST"
                )
            )
            keys = await connection.execute(text(KEYS))
            return [tuple(row) for row in rows.all()], list(keys.scalars())
    finally:
        await engine.dispose()


def test_days_without_a_site_worker_get_the_one_the_fold_would_have_added(
    migrated: ServerSet,
) -> None:
    asyncio.run(_create_scratch_database(migrated, SCRATCH))
    owner_url = migrated.owner_url.rsplit("/", 1)[0] + f"/{SCRATCH}"
    app_url = migrated.app_url.rsplit("/", 1)[0] + f"/{SCRATCH}"
    migrations.upgrade(owner_url, migrated.roles.app, BEFORE)
    seeded = asyncio.run(_seed(app_url))
    migrations.upgrade(owner_url, migrated.roles.app)
    site_workers, keys = asyncio.run(_read(app_url, seeded["tenant"]))
    # The one added by hand keeps its (missing) date; the new one starts on the first day, in
    # that day's occupation.
    assert site_workers == [
        (seeded["business"], seeded["worker"], REBAR, None),
        (seeded["business"], seeded["worker"], REBAR_WELDING, date(2026, 11, 24)),
    ]
    assert keys == [
        "fk_work_days_occupation_id_occupations",
        "fk_work_days_position_code_positions",
        "fk_work_days_tenant_id_business_id_businesses",
        "fk_work_days_tenant_id_site_id_worker_id_site_workers",
    ]
    migrations.downgrade(owner_url, migrated.roles.app, BEFORE)
    _, keys = asyncio.run(_read(app_url, seeded["tenant"]))
    assert keys == [
        "fk_work_days_occupation_id_occupations",
        "fk_work_days_position_code_positions",
        "fk_work_days_tenant_id_business_id_businesses",
        "fk_work_days_tenant_id_site_id_sites",
        "fk_work_days_tenant_id_tenants",
        "fk_work_days_tenant_id_worker_id_workers",
    ]
