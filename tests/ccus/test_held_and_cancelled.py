"""A cancelled reservation is never sent; days of a worker whose ID check failed are held, then
released when it passes."""

from __future__ import annotations

from api.ccus import dispatcher
from api.ccus.id_checks import check_tenant
from api.kit.crypto import cipher_from_setting
from api.models.ccus_outbox import OutboxStatus
from api.models.ccus_status import CcusStatus
from tests.ccus.outbound import Outbound
from tests.ccus.outbox_reads import work_day_of
from tests.ccus.world import UNKNOWN_WORKER
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

    async def test_days_of_a_worker_whose_id_check_failed_are_held_then_released_when_it_passes(
        self, outbound: Outbound
    ) -> None:
        world = await outbound.world(worker_id=UNKNOWN_WORKER)
        world.worker.ccus_status = CcusStatus.failed
        world.worker.ccus_error_code = "DATF0001E"
        await outbound.session.flush()
        await outbound.attend(world, "2026-11-13", prefix="held-")
        await outbound.due(world)
        deps = outbound.deps()
        await dispatcher.dispatch(deps)
        [row] = await outbound.work_days(world)
        assert (row.status, row.error_code) == (OutboxStatus.held, "GENB0004E")
        headers = await outbound.staff(world)
        [held] = (
            await outbound.client.get(
                "/api/v1/ccus/results/failures?kind=work_day", headers=headers
            )
        ).json()["items"]
        assert (held["status"], held["error_code"]) == ("held", "GENB0004E")
        assert "自動で送信" in held["advice"]

        # The worker registers in CCUS; the next ID check passes and releases the day.
        await outbound.sandbox.put(
            f"/admin/entities/worker/{UNKNOWN_WORKER}",
            json={"name": "水本 林男", "verification_number": "4826"},
        )
        cipher = cipher_from_setting(outbound.settings.encryption_keys.get_secret_value())
        sent: list[str] = []
        units = tenant_units(outbound.sessionmaker, world.tenant.id, OrderedSink(sent))
        await check_tenant(units, deps.gateway, cipher, world.tenant.id)
        [row] = await outbound.work_days(world)
        assert row.status is OutboxStatus.pending
        # Sent at once after the commit, not left for the next minute's sweep.
        assert sent == ["ccus.dispatch"]
        await dispatcher.dispatch(deps)
        await dispatcher.collect(deps)
        assert (await work_day_of(outbound.session, world.tenant.id)).ccus_status.value == "synced"
