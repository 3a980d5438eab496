from __future__ import annotations

from datetime import date
from uuid import UUID

import pytest
from httpx import AsyncClient
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from api.attendance import repository
from api.config import Settings
from api.models.attendance import WorkDay
from api.models.ccus_status import CcusStatus
from api.models.user import UserRole
from tests.attendance.terminal_helpers import event, terminal_headers
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
from tests.imports.helpers import read_xlsx

URL = "/api/v1/terminal/events"


async def _attend(
    client: AsyncClient,
    headers: dict[str, str],
    site_id: UUID,
    worker_id: UUID,
    days: list[str],
) -> None:
    events = []
    for day in days:
        events.append(
            event(
                f"{site_id.hex[:8]}-{worker_id.hex[-8:]}-{day}-in",
                site_id,
                worker_id,
                "entry",
                f"{day} 08:00",
            )
        )
        events.append(
            event(
                f"{site_id.hex[:8]}-{worker_id.hex[-8:]}-{day}-out",
                site_id,
                worker_id,
                "exit",
                f"{day} 17:00",
            )
        )
    response = await client.post(URL, json={"events": events}, headers=headers)
    assert response.json()["rejected"] == 0, response.text


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
        await _attend(
            client, gate, tokyo_site.id, worker.id, ["2026-11-02", "2026-11-03", "2026-11-04"]
        )
        await _attend(client, gate, osaka_site.id, worker.id, ["2026-11-05"])
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

    async def test_export_as_xlsx_and_csv(
        self, client: AsyncClient, session: AsyncSession, settings: Settings, fold: Fold
    ) -> None:
        tenant = await create_tenant(session)
        site = await create_site(session, tenant)
        worker = await create_worker(session, tenant, await create_business(session, tenant))
        gate = await terminal_headers(session, settings, tenant, [site.id])
        await _attend(client, gate, site.id, worker.id, ["2026-11-02"])
        await fold(tenant.id)
        admin = bearer(settings, await create_user(session, tenant))

        sheet = read_xlsx((await client.get("/api/v1/attendance/export", headers=admin)).content)
        assert sheet[0][:3] == ["就業日", "現場コード", "現場名"]
        assert sheet[1][0] == "2026/11/02"
        assert sheet[1][7:10] == ["2026/11/02 08:00", "2026/11/02 17:00", "入退場済"]
        csv_response = await client.get("/api/v1/attendance/export?format=csv", headers=admin)
        text = csv_response.content.decode("utf-8-sig")
        assert text.splitlines()[1].startswith(f"2026/11/02,{site.code},")


class TestCalendarAndCareer:
    async def test_the_month_shows_each_workers_days_with_their_ccus_state(
        self, client: AsyncClient, session: AsyncSession, settings: Settings, fold: Fold
    ) -> None:
        tenant = await create_tenant(session)
        site = await create_site(session, tenant)
        worker = await create_worker(session, tenant, await create_business(session, tenant))
        gate = await terminal_headers(session, settings, tenant, [site.id])
        await _attend(client, gate, site.id, worker.id, ["2026-10-31", "2026-11-02", "2026-11-03"])
        await fold(tenant.id)
        await session.execute(
            update(WorkDay)
            .where(WorkDay.tenant_id == tenant.id, WorkDay.work_date == date(2026, 11, 2))
            .values(ccus_status=CcusStatus.synced)
        )
        admin = bearer(settings, await create_user(session, tenant))

        month = (
            await client.get(f"/api/v1/sites/{site.id}/calendar?month=2026-11", headers=admin)
        ).json()
        [row] = month["workers"]
        assert sorted(row["days"]) == ["2026-11-02", "2026-11-03"]
        assert (
            row["days"]["2026-11-02"]["ccus_status"],
            row["total_days"],
            row["ccus_valid_days"],
        ) == ("synced", 2, 1)
        assert (
            await client.get(f"/api/v1/sites/{site.id}/calendar?month=2026-13", headers=admin)
        ).status_code == 422

        fee = (
            await client.get(f"/api/v1/sites/{site.id}/usage-fee?month=2026-11", headers=admin)
        ).json()
        assert (fee["person_days"], fee["fee_yen"]) == (2, 20)
        career = (await client.get(f"/api/v1/workers/{worker.id}/career", headers=admin)).json()
        assert (career["total_days"], career["ccus_valid_days"]) == (3, 1)
        assert career["thresholds"][0] == {
            "level": 2,
            "days": 645,
            "reached": False,
            "remaining": 644,
        }


async def test_very_large_totals_are_capped_and_say_so(
    client: AsyncClient,
    session: AsyncSession,
    settings: Settings,
    fold: Fold,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(repository, "COUNT_CAP", 2)
    tenant = await create_tenant(session)
    site = await create_site(session, tenant)
    worker = await create_worker(session, tenant, await create_business(session, tenant))
    gate = await terminal_headers(session, settings, tenant, [site.id])
    await _attend(client, gate, site.id, worker.id, ["2026-11-02", "2026-11-03", "2026-11-04"])
    await fold(tenant.id)
    admin = bearer(settings, await create_user(session, tenant))
    body = (await client.get("/api/v1/attendance?limit=1&page=3", headers=admin)).json()
    assert (body["pagination"]["total_count"], body["pagination"]["total_is_exact"]) == (2, False)
    assert [day["work_date"] for day in body["items"]] == ["2026-11-02"]
