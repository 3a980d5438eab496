"""Pending sends are listed and can be cancelled before they go out."""

from __future__ import annotations

import httpx
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from tests.ccus.conftest import Pipeline
from tests.ccus.world import attend, linked_world
from tests.fixtures.factories import bearer, create_tenant, create_user
from tests.fixtures.jobs import Fold


class TestPendingSends:
    async def test_pending_sends_are_listed_and_can_be_cancelled_before_they_go(
        self,
        client: AsyncClient,
        fold: Fold,
        session: AsyncSession,
        ccus_settings: Settings,
        sandbox_admin: httpx.AsyncClient,
        pipeline: Pipeline,
    ) -> None:
        world = await linked_world(session, ccus_settings)
        await attend(client, world, "2026-11-17", fold, prefix="cancel-")
        headers = bearer(ccus_settings, await create_user(session, world.tenant))
        pending = (
            await client.get("/api/v1/ccus/reservations?kind=work_day", headers=headers)
        ).json()
        [entry] = pending["items"]
        assert (entry["site"]["ccus_id"], entry["work_date"]) == ("02139361740172", "2026-11-17")
        cancelled = await client.post(
            f"/api/v1/ccus/reservations/{entry['id']}/cancel", headers=headers
        )
        assert cancelled.json()["status"] == "cancelled"
        again = await client.post(
            f"/api/v1/ccus/reservations/{entry['id']}/cancel", headers=headers
        )
        assert (again.status_code, again.json()["code"]) == (409, "ccus.not_pending")
        stranger = bearer(
            ccus_settings, await create_user(session, await create_tenant(session, "別テナント"))
        )
        hidden = await client.post(f"/api/v1/ccus/outbox/{entry['id']}/resend", headers=stranger)
        assert hidden.status_code == 404
