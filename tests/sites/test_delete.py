"""Deleting a site: allowed without history, refused with work days or a structure."""

from __future__ import annotations

from datetime import date

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.models.attendance import WorkDay, WorkDaySource
from api.models.structure import SiteBusiness
from tests.fixtures.factories import (
    REBAR,
    bearer,
    create_business,
    create_site,
    create_site_worker,
    create_tenant,
    create_user,
    create_worker,
)
from tests.sites.helpers import SITES


class TestDeleteSite:
    async def test_delete_removes_a_site_without_history(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        site = await create_site(session, tenant)
        headers = bearer(settings, await create_user(session, tenant))
        assert (await client.delete(f"{SITES}/{site.id}", headers=headers)).status_code == 204
        gone = await client.get(f"{SITES}/{site.id}", headers=headers)
        assert (gone.status_code, gone.json()["code"]) == (404, "site.not_found")

    async def test_a_site_with_a_work_day_or_a_structure_cannot_be_deleted(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        business = await create_business(session, tenant)
        worker = await create_worker(session, tenant, business)
        worked, structured = await create_site(session, tenant), await create_site(session, tenant)
        await create_site_worker(session, tenant, worked, worker)
        session.add(
            WorkDay(
                tenant_id=tenant.id,
                site_id=worked.id,
                worker_id=worker.id,
                business_id=business.id,
                work_date=date(2026, 11, 24),
                occupation_id=REBAR,
                source=WorkDaySource.staff,
            )
        )
        session.add(
            SiteBusiness(tenant_id=tenant.id, site_id=structured.id, business_id=business.id)
        )
        await session.flush()
        headers = bearer(settings, await create_user(session, tenant))
        for site in (worked, structured):
            refused = await client.delete(f"{SITES}/{site.id}", headers=headers)
            assert (refused.status_code, refused.json()["code"]) == (409, "site.has_history")
            assert (await client.get(f"{SITES}/{site.id}", headers=headers)).status_code == 200
