"""A cancelled reservation is never sent; a day CCUS would refuse for want of a 事業者ID is
held, then goes by itself once the ID is saved and checks ○."""

from __future__ import annotations

from api.ccus import dispatcher
from api.ccus.id_checks import check_entity
from api.kit.crypto import cipher_from_setting
from api.models.ccus_outbox import OutboxKind, OutboxStatus
from api.models.ccus_state import CcusState
from api.models.ccus_status import CcusStatus
from tests.ccus.outbound import Outbound
from tests.ccus.outbox_reads import work_day_of
from tests.ccus.world import COMTEX
from tests.fixtures.jobs import OrderedSink, tenant_units


class TestHeldAndCancelled:
    async def test_a_cancelled_reservation_is_never_sent(self, outbound: Outbound) -> None:
        world = await outbound.world()
        await outbound.attend(world, "2026-11-16", prefix="never-")
        headers = await outbound.staff(world)
        [entry] = (
            await outbound.client.get("/api/v1/ccus/reservations?kind=work_day", headers=headers)
        ).json()["items"]
        await outbound.client.post(
            f"/api/v1/ccus/reservations/{entry['id']}/cancel", headers=headers
        )
        await outbound.due(world)
        before = (await outbound.stats())["requests"]
        await dispatcher.dispatch(outbound.deps())
        after = dict((await outbound.stats())["requests"])  # type: ignore[call-overload]
        assert after.get("work-histories") == dict(before).get("work-histories")  # type: ignore[call-overload]
        [row] = await outbound.work_days(world)
        assert row.status is OutboxStatus.cancelled

    async def test_a_day_of_a_business_without_an_id_is_held_not_failed_then_goes_by_itself(
        self, outbound: Outbound
    ) -> None:
        """GENB0002E, the one work-day hold (CCUS would refuse it with DATK0402E): held with its
        GENB code apart from CCUS's, counted as 保留 not 失敗, and sent once the saved 事業者ID
        checks ○ — with its key, as CCUS never saw it."""
        world = await outbound.world()
        world.business.ccus_business_id = None
        world.business.ccus_status = CcusStatus.not_linked
        await outbound.session.flush()
        await outbound.attend(world, "2026-11-13", prefix="held-")
        await outbound.due(world)
        deps = outbound.deps()
        await dispatcher.dispatch(deps)
        [row] = await outbound.work_days(world)
        assert (row.status, row.hold_code, row.error_code) == (OutboxStatus.held, "GENB0002E", None)
        day = await work_day_of(outbound.session, world.tenant.id)
        assert (day.ccus_state, day.ccus_hold_code, day.ccus_error_code) == (
            CcusState.held,
            "GENB0002E",
            None,
        )
        headers = await outbound.staff(world)
        [held] = (
            await outbound.client.get(
                "/api/v1/ccus/results/failures?kind=work_day", headers=headers
            )
        ).json()["items"]
        assert (held["status"], held["hold_code"], held["error_code"]) == (
            "held",
            "GENB0002E",
            None,
        )
        assert "登録後に自動で送信します" in held["advice"]
        [counts] = (await outbound.client.get("/api/v1/ccus/results", headers=headers)).json()
        assert counts["kinds"]["work_day"] == {
            "processed": 1,
            "succeeded": 0,
            "failed": 0,
            "held": 1,
        }

        saved = await outbound.client.patch(
            f"/api/v1/businesses/{world.business.id}",
            json={"ccus_business_id": COMTEX},
            headers=headers,
        )
        assert saved.json()["ccus_recheck"] == "queued", saved.text
        cipher = cipher_from_setting(outbound.settings.encryption_keys.get_secret_value())
        sent: list[str] = []
        units = tenant_units(outbound.sessionmaker, world.tenant.id, OrderedSink(sent))
        kind = OutboxKind.business
        assert await check_entity(
            units, deps.gateway, cipher, world.tenant.id, kind, world.business.id
        )
        [again] = await outbound.work_days(world)
        assert (again.id, again.status, again.idempotency_key) == (
            row.id,
            OutboxStatus.pending,
            row.idempotency_key,
        )
        # Sent at once after the commit, not left for the next minute's sweep.
        assert sent == ["ccus.dispatch"]
        await dispatcher.dispatch(deps)
        await dispatcher.collect(deps)
        day = await work_day_of(outbound.session, world.tenant.id)
        assert (day.ccus_state, day.ccus_status.value) == (CcusState.succeeded, "synced")
