"""The month calendar and a worker's career, with their CCUS state."""

from __future__ import annotations

from datetime import date

from httpx import AsyncClient
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.models.attendance import WorkDay
from api.models.ccus_state import CcusState
from api.models.ccus_status import CcusStatus
from tests.attendance.attended_days import attend_days
from tests.attendance.terminal_helpers import one_worker_gate
from tests.fixtures.factories import (
    bearer,
    create_user,
)
from tests.fixtures.jobs import Fold


class TestCalendarAndCareer:
    async def test_the_month_shows_each_workers_days_with_their_ccus_state(
        self, client: AsyncClient, session: AsyncSession, settings: Settings, fold: Fold
    ) -> None:
        tenant, site, worker, gate = await one_worker_gate(session, settings)
        await attend_days(
            client, gate, site.id, worker.id, ["2026-10-31", "2026-11-02", "2026-11-03"]
        )
        await fold(tenant.id)
        await session.execute(
            update(WorkDay)
            .where(WorkDay.tenant_id == tenant.id, WorkDay.work_date == date(2026, 11, 2))
            .values(ccus_status=CcusStatus.synced, ccus_state=CcusState.succeeded)
        )
        admin = bearer(settings, await create_user(session, tenant))

        month = (
            await client.get(f"/api/v1/sites/{site.id}/calendar?month=2026-11", headers=admin)
        ).json()
        [row] = month["workers"]
        assert sorted(row["days"]) == ["2026-11-02", "2026-11-03"]
        assert (
            row["days"]["2026-11-02"]["ccus_status"],
            row["days"]["2026-11-02"]["ccus_state"],
            row["total_days"],
            row["ccus_valid_days"],
        ) == ("synced", "succeeded", 2, 1)
        # The site has no 現場ID: its other days have nowhere to go in CCUS (送信対象外).
        other = row["days"]["2026-11-03"]
        assert (other["ccus_state"], other["ccus_hold_code"]) == ("not_applicable", "GENB0001E")
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
