"""Pending sends are listed and can be cancelled before they go out."""

from __future__ import annotations

from tests.ccus.outbound import Outbound
from tests.fixtures.factories import bearer, create_tenant, create_user


class TestPendingSends:
    async def test_pending_sends_are_listed_and_can_be_cancelled_before_they_go(
        self, outbound: Outbound
    ) -> None:
        world = await outbound.world()
        await outbound.attend(world, "2026-11-17", prefix="cancel-")
        headers = await outbound.staff(world)
        pending = (
            await outbound.client.get("/api/v1/ccus/reservations?kind=work_day", headers=headers)
        ).json()
        [entry] = pending["items"]
        assert (entry["site"]["ccus_id"], entry["work_date"]) == ("02139361740172", "2026-11-17")
        cancelled = await outbound.client.post(
            f"/api/v1/ccus/reservations/{entry['id']}/cancel", headers=headers
        )
        assert cancelled.json()["status"] == "cancelled"
        again = await outbound.client.post(
            f"/api/v1/ccus/reservations/{entry['id']}/cancel", headers=headers
        )
        assert (again.status_code, again.json()["code"]) == (409, "ccus.not_pending")
        stranger = bearer(
            outbound.settings,
            await create_user(
                outbound.session, await create_tenant(outbound.session, "別テナント")
            ),
        )
        hidden = await outbound.client.post(
            f"/api/v1/ccus/outbox/{entry['id']}/resend", headers=stranger
        )
        assert hidden.status_code == 404
