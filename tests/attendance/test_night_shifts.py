"""Work days across midnight, with and without a day boundary."""

from __future__ import annotations

from datetime import date

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from tests.attendance.terminal_endpoint import URL, tokyo_minute
from tests.attendance.terminal_helpers import event, one_worker_gate, terminal_headers, work_days
from tests.fixtures.factories import (
    create_business,
    create_site,
    create_tenant,
    create_worker,
)
from tests.fixtures.jobs import Fold


class TestDays:
    async def test_a_night_shift_folds_into_the_day_it_started_with_a_day_boundary(
        self, client: AsyncClient, session: AsyncSession, settings: Settings, fold: Fold
    ) -> None:
        tenant = await create_tenant(session)
        tenant.day_boundary_hour = 5
        site = await create_site(session, tenant)
        worker = await create_worker(session, tenant, await create_business(session, tenant))
        headers = await terminal_headers(session, settings, tenant, [site.id])
        batch = {
            "events": [
                event("n1", site.id, worker.id, "entry", "2026-11-24 20:00"),
                event("n2", site.id, worker.id, "exit", "2026-11-25 04:30"),
            ]
        }
        assert (await client.post(URL, json=batch, headers=headers)).json()["accepted"] == 2

        await fold(tenant.id)
        [day] = await work_days(session, tenant.id)
        assert day.work_date == date(2026, 11, 24)
        assert (tokyo_minute(day.entry_at), tokyo_minute(day.exit_at)) == (
            "2026-11-24 20:00",
            "2026-11-25 04:30",
        )

    async def test_without_a_boundary_midnight_splits_and_both_halves_stay_visible(
        self, client: AsyncClient, session: AsyncSession, settings: Settings, fold: Fold
    ) -> None:
        tenant, site, worker, headers = await one_worker_gate(session, settings)
        batch = {
            "events": [
                event("n1", site.id, worker.id, "entry", "2026-11-24 20:00"),
                event("n2", site.id, worker.id, "exit", "2026-11-25 04:30"),
            ]
        }
        await client.post(URL, json=batch, headers=headers)

        await fold(tenant.id)
        days = await work_days(session, tenant.id)
        assert [(d.work_date, tokyo_minute(d.entry_at), tokyo_minute(d.exit_at)) for d in days] == [
            (date(2026, 11, 24), "2026-11-24 20:00", None),
            (date(2026, 11, 25), None, "2026-11-25 04:30"),
        ]
