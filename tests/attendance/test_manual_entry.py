"""Staff manual entry: register, edit and delete a work day with an audit trail."""

from __future__ import annotations

from datetime import datetime, timedelta

from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.kit.japan import TOKYO
from api.models.audit_log import AuditLogEntry
from tests.attendance.terminal_helpers import tokyo
from tests.fixtures.factories import (
    bearer,
    create_business,
    create_site,
    create_tenant,
    create_user,
    create_worker,
)


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
            "not_linked",
        )
        # The site has no 現場ID: nothing to send (送信対象外), and the reason says why.
        assert (day["ccus_state"], day["ccus_hold_code"]) == ("not_applicable", "GENB0001E")
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

    async def test_an_entry_now_stays_open_and_a_future_exit_is_refused_with_advice(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        site = await create_site(session, tenant)
        # A worker who has never entered this site: 手動登録 takes them, and they join it.
        worker = await create_worker(session, tenant, await create_business(session, tenant))
        headers = bearer(settings, await create_user(session, tenant))
        now = datetime.now(TOKYO).replace(second=0, microsecond=0)
        body = {"site_id": str(site.id), "worker_id": str(worker.id)}
        later = await client.post(
            "/api/v1/attendance",
            json={
                **body,
                "entry_at": now.isoformat(),
                "exit_at": (now + timedelta(hours=2)).isoformat(),
            },
            headers=headers,
        )
        assert later.status_code == 422
        [error] = later.json()["errors"]
        assert (error["loc"], error["code"]) == (["body", "exit_at"], "work_day.in_future")
        assert "leave it open" in error["message"]

        created = await client.post(
            "/api/v1/attendance", json={**body, "entry_at": now.isoformat()}, headers=headers
        )
        assert created.status_code == 201, created.text
        assert (created.json()["state"], created.json()["exit_at"]) == ("open", None)
        workers = await client.get(f"/api/v1/sites/{site.id}/workers", headers=headers)
        assert [entry["worker"]["id"] for entry in workers.json()] == [str(worker.id)]
