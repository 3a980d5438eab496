"""Staff bulk entry: every row on every day, times before the day boundary."""

from __future__ import annotations

from datetime import date, datetime

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.models.worker import WorkerOccupation
from tests.attendance.terminal_helpers import tokyo, work_days
from tests.fixtures.factories import (
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
