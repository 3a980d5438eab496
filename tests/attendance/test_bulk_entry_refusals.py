"""Staff bulk entry writes nothing when any row is bad, and names the row."""

from __future__ import annotations

from datetime import date

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from tests.attendance.terminal_helpers import work_days
from tests.fixtures.factories import (
    PLUMBER,
    bearer,
    create_business,
    create_site,
    create_tenant,
    create_user,
    create_worker,
)


class TestBulkEntryRefusals:
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
