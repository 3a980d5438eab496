"""一括登録 with a date per row: same-day rows with the exit left open, the open exit refused
for a day that is over, future times refused with advice, all rows or none."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.kit.japan import TOKYO
from tests.attendance.terminal_helpers import work_days
from tests.fixtures.factories import (
    bearer,
    create_business,
    create_site,
    create_tenant,
    create_user,
    create_worker,
)

URL = "/api/v1/attendance/bulk"


def _row(worker_id: object, day: date, entry: str, exit_: str | None = None) -> dict[str, Any]:
    return {
        "worker_id": str(worker_id),
        "work_date": day.isoformat(),
        "entry_time": entry,
        "exit_time": exit_,
    }


class TestBulkEntryRows:
    async def test_rows_have_their_own_days_and_today_may_stay_open(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        tenant.day_boundary_hour = 0
        site = await create_site(session, tenant)
        business = await create_business(session, tenant)
        aoki = await create_worker(session, tenant, business)
        igusa = await create_worker(session, tenant, business)
        headers = bearer(settings, await create_user(session, tenant))
        today = datetime.now(TOKYO).date()
        yesterday = today - timedelta(days=1)
        rows = [
            _row(aoki.id, yesterday - timedelta(days=1), "08:00", "17:00"),
            _row(aoki.id, yesterday, "08:00", "17:00"),
            # An entry of today with the exit left open: the worker is still on site.
            _row(igusa.id, today, "00:00"),
        ]
        response = await client.post(
            URL, json={"site_id": str(site.id), "rows": rows}, headers=headers
        )
        assert response.status_code == 200, response.text
        assert response.json() == {"work_days": 3}

        days = {(d.worker_id, d.work_date): d for d in await work_days(session, tenant.id)}
        assert set(days) == {
            (aoki.id, yesterday - timedelta(days=1)),
            (aoki.id, yesterday),
            (igusa.id, today),
        }
        assert days[(igusa.id, today)].exit_at is None
        assert days[(aoki.id, yesterday)].exit_at == datetime.combine(
            yesterday, datetime.strptime("17:00", "%H:%M").time(), TOKYO
        )

    async def test_one_bad_row_writes_nothing_and_each_error_names_its_row(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        tenant.day_boundary_hour = 0
        site = await create_site(session, tenant)
        business = await create_business(session, tenant)
        aoki = await create_worker(session, tenant, business)
        igusa = await create_worker(session, tenant, business)
        # Row 3's own worker: in the first hour after midnight in Japan, "an hour ago" is
        # yesterday, the day row 1 gives igusa, and the rows would also be duplicates.
        kudo = await create_worker(session, tenant, business)
        headers = bearer(settings, await create_user(session, tenant))
        now = datetime.now(TOKYO)
        today = now.date()
        yesterday = today - timedelta(days=1)
        # An hour ago, and an exit just before that clock time: the next morning, hours ahead.
        began = (now - timedelta(hours=1)).replace(minute=0)
        rows = [
            _row(aoki.id, yesterday - timedelta(days=2), "08:00", "17:00"),
            _row(igusa.id, yesterday, "08:00"),
            _row(aoki.id, today + timedelta(days=1), "12:00", "13:00"),
            _row(kudo.id, began.date(), began.strftime("%H:%M"), began.strftime("%H:00")),
            {"worker_id": str(aoki.id), "entry_time": "08:00"},
            _row(aoki.id, yesterday - timedelta(days=2), "09:00", "18:00"),
        ]
        response = await client.post(
            URL, json={"site_id": str(site.id), "rows": rows}, headers=headers
        )

        assert response.status_code == 422, response.text
        problem = response.json()
        errors = {tuple(e["loc"]): e for e in problem["errors"]}
        assert {where: error["code"] for where, error in errors.items()} == {
            ("body", "rows", 1, "exit_time"): "work_day.exit_required",
            ("body", "rows", 2, "entry_time"): "work_day.in_future",
            ("body", "rows", 3, "exit_time"): "work_day.in_future",
            ("body", "rows", 4, "work_date"): "bulk.date_required",
            ("body", "rows", 5, "worker_id"): "bulk.duplicate_row",
        }
        # The refusal says what to do, not only what is wrong.
        assert "Leave the exit open" in errors[("body", "rows", 3, "exit_time")]["message"]
        assert "enter the exit" in errors[("body", "rows", 1, "exit_time")]["message"]
        assert problem["code"] == "request.validation"
        assert await work_days(session, tenant.id) == []

        # The same rows without the bad ones are written.
        good = [rows[0], {**rows[1], "exit_time": "17:00"}]
        response = await client.post(
            URL, json={"site_id": str(site.id), "rows": good}, headers=headers
        )
        assert response.status_code == 200, response.text
        assert len(await work_days(session, tenant.id)) == 2
