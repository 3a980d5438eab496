"""What the database itself guarantees of a work day's keys (ADR 0026), whatever a service
checks first: a day rests on a site worker of its own tenant, and through it on the site, the
worker and the tenant; none of them can go while the day exists."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from api.db import set_tenant
from api.models.attendance import WorkDay, WorkDaySource
from api.models.site import Site
from api.models.tenant import Tenant
from api.models.worker import Worker
from tests.fixtures.factories import (
    REBAR,
    create_business,
    create_site,
    create_site_worker,
    create_tenant,
    create_worker,
)

SITE_WORKER_KEY = "fk_work_days_tenant_id_site_id_worker_id_site_workers"


async def _refused(session: AsyncSession, key: str, statement: Any) -> None:
    nested = await session.begin_nested()
    with pytest.raises(IntegrityError, match=key):
        await statement()
    await nested.rollback()


async def _placed(session: AsyncSession, tenant: Tenant) -> tuple[Site, Worker]:
    business = await create_business(session, tenant)
    return await create_site(session, tenant), await create_worker(session, tenant, business)


def _keys(site: Site, worker: Worker) -> dict[str, Any]:
    return {"site_id": site.id, "worker_id": worker.id, "business_id": worker.business_id}


def _day(tenant: Tenant, **keys: Any) -> WorkDay:
    return WorkDay(
        tenant_id=tenant.id,
        work_date=date(2026, 11, 24),
        occupation_id=REBAR,
        source=WorkDaySource.staff,
        **keys,
    )


async def _add(session: AsyncSession, row: Any) -> None:
    session.add(row)
    await session.flush()


async def test_a_day_needs_its_worker_among_the_site_workers_of_its_tenant(
    session: AsyncSession,
) -> None:
    tenant, other = await create_tenant(session), await create_tenant(session)
    site, worker = await _placed(session, tenant)
    keys = _keys(site, worker)
    await _refused(session, SITE_WORKER_KEY, lambda: _add(session, _day(tenant, **keys)))
    await create_site_worker(session, tenant, site, worker)
    # Another tenant's day cannot borrow this site worker, even with a business of its own.
    theirs = await create_business(session, other)
    await set_tenant(session, other.id)
    borrowed = _day(other, **{**keys, "business_id": theirs.id})
    await _refused(session, SITE_WORKER_KEY, lambda: _add(session, borrowed))
    await set_tenant(session, tenant.id)
    await _add(session, _day(tenant, **keys))


async def test_a_day_keeps_its_site_worker_site_and_worker(session: AsyncSession) -> None:
    tenant = await create_tenant(session)
    site, worker = await _placed(session, tenant)
    await create_site_worker(session, tenant, site, worker)
    await _add(session, _day(tenant, **_keys(site, worker)))
    params = {"site": site.id, "worker": worker.id}
    for statement, key in (
        ("DELETE FROM site_workers WHERE site_id = :site AND worker_id = :worker", SITE_WORKER_KEY),
        # The site's workers would go with it (ON DELETE CASCADE), and they hold the day.
        ("DELETE FROM sites WHERE id = :site", SITE_WORKER_KEY),
        ("DELETE FROM workers WHERE id = :worker", "fk_site_workers_tenant_id_worker_id_workers"),
    ):
        await _refused(session, key, lambda s=statement: session.execute(text(s), params))


async def test_every_tenant_row_reaches_the_tenants_table_through_its_keys(
    session: AsyncSession,
) -> None:
    """A table may leave out its own key to tenants only where a composite key carrying
    tenant_id points at a table that reaches tenants: then its tenant exists as surely."""
    rows = await session.execute(
        text(
            """
            SELECT c.conrelid::regclass::text, c.confrelid::regclass::text, a.attname
            FROM pg_constraint c
            JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
            WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
            """
        )
    )
    keys: dict[str, set[str]] = {}
    for table, target, first_column in rows.all():
        if first_column == "tenant_id":
            keys.setdefault(table, set()).add(target)
    tables = await session.execute(
        text(
            "SELECT table_name FROM information_schema.columns"
            " WHERE table_schema = 'public' AND column_name = 'tenant_id'"
        )
    )
    reaching = {"tenants"}
    unreached = set(tables.scalars())
    while grown := {t for t in unreached if keys.get(t, set()) & reaching}:
        reaching |= grown
        unreached -= grown
    assert unreached == set()
    assert "tenants" not in keys["work_days"]
