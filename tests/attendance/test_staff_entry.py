from __future__ import annotations

from datetime import date, datetime, timedelta

from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.kit.japan import TOKYO
from api.models.audit_log import AuditLogEntry
from api.models.worker import WorkerOccupation
from tests.attendance.terminal_helpers import tokyo, work_days
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


class TestBulkEntry:
    async def test_the_seed_bulk_form_writes_every_row_on_every_day(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        site = await create_site(session, tenant)
        business = await create_business(session, tenant)
        aoki = await create_worker(session, tenant, business)
        igusa = await create_worker(session, tenant, business, primary_occupation_id=REBAR_WELDING)
        session.add(WorkerOccupation(tenant_id=tenant.id, worker_id=igusa.id, occupation_id=REBAR))
        await session.flush()
        headers = bearer(settings, await create_user(session, tenant))
        body = {
            "site_id": str(site.id),
            "date_from": "2026-11-02",
            "date_to": "2026-11-04",
            "rows": [
                {
                    "business_id": str(business.id),
                    "worker_id": str(aoki.id),
                    "entry_time": "08:00",
                    "exit_time": "17:00",
                },
                {
                    "worker_id": str(igusa.id),
                    "occupation_id": str(REBAR),
                    "position_code": "01",
                    "entry_time": "20:00",
                    "exit_time": "05:00",
                },
            ],
        }
        response = await client.post("/api/v1/attendance/bulk", json=body, headers=headers)
        assert response.status_code == 200, response.text
        assert response.json() == {"work_days": 6}
        again = await client.post("/api/v1/attendance/bulk", json=body, headers=headers)
        assert again.json() == {"work_days": 6}

        days = await work_days(session, tenant.id)
        assert len(days) == 6
        night = next(
            d for d in days if d.worker_id == igusa.id and d.work_date == date(2026, 11, 2)
        )
        assert night.entry_at is not None
        assert night.exit_at is not None
        assert (night.entry_at.isoformat(), night.exit_at.isoformat()) == (
            "2026-11-02T11:00:00+00:00",
            "2026-11-02T20:00:00+00:00",
        )
        assert (night.occupation_id, night.position_code) == (REBAR, "01")
        listed = await client.get(f"/api/v1/sites/{site.id}/structure", headers=headers)
        assert [entry["business"]["id"] for entry in listed.json()] == [str(business.id)]

    async def test_a_time_before_the_day_boundary_is_the_work_days_next_morning(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        # Found by tests/attendance/test_fold_properties.py: 03:00 was put on the calendar day, a
        # time that belongs to the day before, so the day could not even be edited.
        tenant = await create_tenant(session)
        tenant.day_boundary_hour = 5
        site = await create_site(session, tenant)
        worker = await create_worker(session, tenant, await create_business(session, tenant))
        headers = bearer(settings, await create_user(session, tenant))
        row = {"worker_id": str(worker.id), "entry_time": "03:00", "exit_time": "12:00"}
        body = {"site_id": str(site.id), "date_from": "2026-11-02", "date_to": "2026-11-02"}
        response = await client.post(
            "/api/v1/attendance/bulk", json={**body, "rows": [row]}, headers=headers
        )
        assert response.status_code == 200, response.text

        [day] = await work_days(session, tenant.id)
        assert (day.work_date, day.entry_at, day.exit_at) == (
            date(2026, 11, 2),
            datetime.fromisoformat(tokyo("2026-11-03 03:00")),
            datetime.fromisoformat(tokyo("2026-11-03 12:00")),
        )
        edit = await client.patch(
            f"/api/v1/attendance/{day.id}", json={"work_location": "A棟"}, headers=headers
        )
        assert edit.status_code == 200, edit.text

    async def test_any_bad_row_writes_nothing_and_names_the_row(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        site = await create_site(session, tenant)
        business = await create_business(session, tenant)
        other = await create_business(session, tenant)
        good = await create_worker(session, tenant, business)
        retired = await create_worker(session, tenant, business, retired_on=date(2026, 11, 2))
        headers = bearer(settings, await create_user(session, tenant))
        body = {
            "site_id": str(site.id),
            "date_from": "2026-11-02",
            "date_to": "2026-11-03",
            "rows": [
                {"worker_id": str(good.id), "entry_time": "08:00", "exit_time": "17:00"},
                {"worker_id": str(retired.id), "entry_time": "08:00"},
                {
                    "worker_id": str(good.id),
                    "business_id": str(other.id),
                    "occupation_id": str(PLUMBER),
                    "entry_time": "08:00",
                },
            ],
        }
        response = await client.post("/api/v1/attendance/bulk", json=body, headers=headers)

        assert response.status_code == 422
        errors = {(tuple(e["loc"]), e["code"]) for e in response.json()["errors"]}
        assert errors == {
            (("body", "rows", 1, "worker_id"), "worker.retired"),
            (("body", "rows", 2, "worker_id"), "bulk.duplicate_row"),
            (("body", "rows", 2, "business_id"), "bulk.business_mismatch"),
            (("body", "rows", 2, "occupation_id"), "site_worker.occupation_not_held"),
        }
        assert await work_days(session, tenant.id) == []
        body["date_to"] = "2026-10-01"
        response = await client.post("/api/v1/attendance/bulk", json=body, headers=headers)
        assert ("body", "date_to") in {tuple(e["loc"]) for e in response.json()["errors"]}


class TestManualEntry:
    async def test_register_edit_and_delete_a_work_day_with_an_audit_trail(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        site = await create_site(session, tenant)
        worker = await create_worker(session, tenant, await create_business(session, tenant))
        headers = bearer(settings, await create_user(session, tenant))
        body = {
            "site_id": str(site.id),
            "worker_id": str(worker.id),
            "entry_at": tokyo("2026-11-20 08:00"),
        }
        created = await client.post("/api/v1/attendance", json=body, headers=headers)
        assert created.status_code == 201, created.text
        day = created.json()
        assert (day["work_date"], day["state"], day["source"], day["ccus_status"]) == (
            "2026-11-20",
            "open",
            "staff",
            "pending",
        )
        assert (await client.post("/api/v1/attendance", json=body, headers=headers)).json()[
            "code"
        ] == "work_day.exists"

        url = f"/api/v1/attendance/{day['id']}"
        bad = await client.patch(url, json={"exit_at": tokyo("2026-11-20 07:00")}, headers=headers)
        assert bad.json()["errors"][0]["code"] == "work_day.exit_before_entry"
        moved = await client.patch(
            url, json={"entry_at": tokyo("2026-11-21 08:00")}, headers=headers
        )
        assert moved.json()["errors"][0]["code"] == "work_day.date_changed"
        fixed = await client.patch(
            url, json={"exit_at": tokyo("2026-11-20 17:30")}, headers=headers
        )
        assert fixed.status_code == 200
        assert fixed.json()["state"] == "complete"
        assert (await client.delete(url, headers=headers)).status_code == 204
        assert (await client.get(url, headers=headers)).status_code == 404

        actions = (
            (
                await session.execute(
                    select(AuditLogEntry.action)
                    .where(AuditLogEntry.tenant_id == tenant.id)
                    .order_by(AuditLogEntry.id)
                )
            )
            .scalars()
            .all()
        )
        assert [a for a in actions if a.startswith("work_day.")] == [
            "work_day.create",
            "work_day.update",
            "work_day.delete",
        ]

    async def test_refusals_have_codes(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        site = await create_site(session, tenant)
        worker = await create_worker(
            session, tenant, await create_business(session, tenant), retired_on=date(2026, 11, 1)
        )
        headers = bearer(settings, await create_user(session, tenant))
        base = {"site_id": str(site.id), "worker_id": str(worker.id)}
        soon = datetime.now(TOKYO) + timedelta(hours=2)
        cases = {
            "worker.retired": {**base, "entry_at": tokyo("2026-11-20 08:00")},
            "work_day.time_required": base,
            "work_day.in_future": {**base, "entry_at": soon.isoformat()},
            "datetime.out_of_range": {**base, "entry_at": tokyo("2099-01-01 08:00")},
            "time.too_old": {**base, "entry_at": tokyo("2019-01-01 08:00")},
        }
        for code, body in cases.items():
            response = await client.post("/api/v1/attendance", json=body, headers=headers)
            assert response.status_code == 422, (code, response.text)
            assert code in {e["code"] for e in response.json()["errors"]}
        naive = await client.post(
            "/api/v1/attendance", json={**base, "entry_at": "2026-11-20T08:00:00"}, headers=headers
        )
        assert naive.status_code == 422
