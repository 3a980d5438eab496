"""Workers on a site: the occupation changes only to one the worker holds."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.models.worker import WorkerOccupation
from tests.attendance.terminal_helpers import event, terminal_headers
from tests.fixtures.factories import (
    PLUMBER,
    REBAR,
    REBAR_WELDING,
    bearer,
    create_business,
    create_site,
    create_tenant,
    create_user,
    create_worker,
)
from tests.fixtures.jobs import Fold


class TestSiteWorkers:
    async def test_occupation_can_change_only_to_one_the_worker_holds(
        self, client: AsyncClient, session: AsyncSession, settings: Settings, fold: Fold
    ) -> None:
        tenant = await create_tenant(session)
        site = await create_site(session, tenant)
        worker = await create_worker(
            session,
            tenant,
            await create_business(session, tenant),
            primary_occupation_id=REBAR_WELDING,
        )
        session.add(WorkerOccupation(tenant_id=tenant.id, worker_id=worker.id, occupation_id=REBAR))
        await session.flush()
        gate = await terminal_headers(session, settings, tenant, [site.id])
        await client.post(
            "/api/v1/terminal/events",
            json={"events": [event("1", site.id, worker.id, "entry", "2026-11-24 08:00")]},
            headers=gate,
        )
        await fold(tenant.id)
        headers = bearer(settings, await create_user(session, tenant))
        url = f"/api/v1/sites/{site.id}/workers"

        [listed] = (await client.get(url, headers=headers)).json()
        assert (listed["occupation_id"], listed["has_attendance"]) == (str(REBAR_WELDING), True)
        refused = await client.patch(
            f"{url}/{worker.id}", json={"occupation_id": str(PLUMBER)}, headers=headers
        )
        assert refused.json()["errors"][0]["code"] == "site_worker.occupation_not_held"
        changed = await client.patch(
            f"{url}/{worker.id}",
            json={"occupation_id": str(REBAR), "is_spot": True, "position_code": "01"},
            headers=headers,
        )
        assert changed.status_code == 200, changed.text
        assert (
            changed.json()["occupation_id"],
            changed.json()["is_spot"],
            changed.json()["position_code"],
        ) == (str(REBAR), True, "01")
        assert (
            await client.patch(f"{url}/{site.id}", json={"is_spot": True}, headers=headers)
        ).json()["code"] == "site_worker.not_found"
