"""Listing work days: filters, pagination and branch limits."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.models.user import UserRole
from tests.attendance.attended_days import attend_days
from tests.attendance.terminal_helpers import terminal_headers
from tests.fixtures.factories import (
    bearer,
    create_branch,
    create_business,
    create_site,
    create_tenant,
    create_user,
    create_worker,
)
from tests.fixtures.jobs import Fold


class TestList:
    async def test_filters_pagination_and_branch_limits(
        self, client: AsyncClient, session: AsyncSession, settings: Settings, fold: Fold
    ) -> None:
        tenant = await create_tenant(session)
        tokyo_branch = await create_branch(session, tenant, name="東京支店")
        osaka_branch = await create_branch(session, tenant, name="大阪支店")
        tokyo_site = await create_site(session, tenant, tokyo_branch)
        osaka_site = await create_site(session, tenant, osaka_branch)
        business = await create_business(session, tenant)
        worker = await create_worker(session, tenant, business)
        gate = await terminal_headers(session, settings, tenant, [tokyo_site.id, osaka_site.id])
        await attend_days(
            client, gate, tokyo_site.id, worker.id, ["2026-11-02", "2026-11-03", "2026-11-04"]
        )
        await attend_days(client, gate, osaka_site.id, worker.id, ["2026-11-05"])
        await fold(tenant.id)
        admin = bearer(settings, await create_user(session, tenant))

        everything = (await client.get("/api/v1/attendance?limit=2", headers=admin)).json()
        assert (
            everything["pagination"]["total_count"],
            everything["pagination"]["total_is_exact"],
        ) == (4, True)
        assert [d["work_date"] for d in everything["items"]] == ["2026-11-05", "2026-11-04"]
        ranged = (
            await client.get(
                f"/api/v1/attendance?site_id={tokyo_site.id}&date_from=2026-11-03&sort=work_date",
                headers=admin,
            )
        ).json()
        assert [d["work_date"] for d in ranged["items"]] == ["2026-11-03", "2026-11-04"]
        assert ranged["items"][0]["site"]["code"] == tokyo_site.code
        limited = bearer(
            settings, await create_user(session, tenant, UserRole.staff, branches=[osaka_branch])
        )
        mine = (await client.get("/api/v1/attendance", headers=limited)).json()
        assert [d["site"]["id"] for d in mine["items"]] == [str(osaka_site.id)]
        hidden = everything["items"][1]["id"]
        assert (
            await client.get(f"/api/v1/attendance/{hidden}", headers=limited)
        ).status_code == 404
        other_tenant = await create_tenant(session, "別テナント")
        stranger = bearer(settings, await create_user(session, other_tenant))
        assert (
            await client.get(f"/api/v1/attendance/{hidden}", headers=stranger)
        ).status_code == 404
