"""Staff manual entry refusals come with their codes."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from uuid import uuid4

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.kit.japan import TOKYO
from tests.attendance.terminal_helpers import tokyo
from tests.fixtures.factories import (
    bearer,
    create_business,
    create_site,
    create_tenant,
    create_user,
    create_worker,
)


class TestManualEntryRefusals:
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
            "worker.not_found": {
                **base,
                "worker_id": str(uuid4()),
                "entry_at": tokyo("2026-11-20 08:00"),
            },
        }
        for code, body in cases.items():
            response = await client.post("/api/v1/attendance", json=body, headers=headers)
            assert response.status_code == 422, (code, response.text)
            assert code in {e["code"] for e in response.json()["errors"]}
        naive = await client.post(
            "/api/v1/attendance", json={**base, "entry_at": "2026-11-20T08:00:00"}, headers=headers
        )
        assert naive.status_code == 422
