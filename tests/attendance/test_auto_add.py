"""A first entry adds the business and the worker to the site; attended workers only retire."""

from __future__ import annotations

from datetime import date

from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.models.structure import SiteBusiness, SiteWorker, StructureChange
from tests.attendance.terminal_endpoint import URL
from tests.attendance.terminal_helpers import event, one_worker_gate, terminal_headers, work_days
from tests.fixtures.factories import (
    REBAR_WELDING,
    bearer,
    create_business,
    create_site,
    create_tenant,
    create_user,
    create_worker,
)
from tests.fixtures.jobs import Fold


class TestAutoAdd:
    async def test_a_first_entry_adds_the_business_at_tier_1_and_the_worker_to_the_site(
        self, client: AsyncClient, session: AsyncSession, settings: Settings, fold: Fold
    ) -> None:
        tenant = await create_tenant(session)
        site = await create_site(session, tenant)
        business = await create_business(session, tenant)
        worker = await create_worker(
            session, tenant, business, primary_occupation_id=REBAR_WELDING, position_code="04"
        )
        headers = await terminal_headers(session, settings, tenant, [site.id])
        for day in ("2026-11-24", "2026-11-25"):
            batch = {"events": [event(f"{day}-in", site.id, worker.id, "entry", f"{day} 08:00")]}
            await client.post(URL, json=batch, headers=headers)
        await fold(tenant.id)

        structure = (
            (await session.execute(select(SiteBusiness).where(SiteBusiness.site_id == site.id)))
            .scalars()
            .all()
        )
        assert [(row.business_id, row.tier) for row in structure] == [(business.id, 1)]
        [site_worker] = (
            (await session.execute(select(SiteWorker).where(SiteWorker.site_id == site.id)))
            .scalars()
            .all()
        )
        assert (
            site_worker.occupation_id,
            site_worker.position_code,
            site_worker.first_work_date,
        ) == (REBAR_WELDING, "04", date(2026, 11, 24))
        changes = (
            (
                await session.execute(
                    select(StructureChange.kind).where(StructureChange.site_id == site.id)
                )
            )
            .scalars()
            .all()
        )
        assert sorted(changes) == ["added", "worker_added"]
        days = await work_days(session, tenant.id)
        assert [(d.occupation_id, d.position_code) for d in days] == [(REBAR_WELDING, "04")] * 2

    async def test_a_worker_with_attendance_can_only_be_retired(
        self, client: AsyncClient, session: AsyncSession, settings: Settings, fold: Fold
    ) -> None:
        tenant, site, worker, headers = await one_worker_gate(session, settings)
        await client.post(
            URL,
            json={"events": [event("1", site.id, worker.id, "entry", "2026-11-24 08:00")]},
            headers=headers,
        )
        await fold(tenant.id)
        staff = bearer(settings, await create_user(session, tenant))
        response = await client.delete(f"/api/v1/workers/{worker.id}", headers=staff)
        assert response.status_code == 409
        assert response.json()["code"] == "worker.has_history"
