"""The CCUS pipeline under the sandbox's faults."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import text

from api.ccus import dispatcher
from api.models.ccus_outbox import OutboxStatus
from tests.ccus.outbound import Outbound


class TestFaults:
    async def test_server_errors_reschedule_and_the_record_still_goes_out_once(
        self, outbound: Outbound
    ) -> None:
        world = await outbound.due_day("2026-11-20", prefix="faults-")
        await outbound.sandbox.put("/admin/faults", json={"error_rate": 1.0})
        deps = outbound.deps()
        tried_at = datetime.now(UTC)
        # One round: a second one could already find the retry due (the backoff is short here).
        await dispatcher.dispatch_once(deps)
        [row] = await outbound.work_days(world)
        assert (row.status, row.error_code, row.attempts) == (OutboxStatus.pending, "SYSA0001E", 1)
        assert row.scheduled_for > tried_at

        await outbound.sandbox.put("/admin/faults", json={})
        await outbound.due(world)
        await dispatcher.dispatch(deps)
        await dispatcher.collect(deps)
        [row] = await outbound.work_days(world)
        assert (row.status, row.attempts) == (OutboxStatus.succeeded, 2)
        assert (await outbound.stats())["keys_applied_twice"] == []

    async def test_a_worker_that_died_mid_send_leaves_rows_that_are_sent_again_once(
        self, outbound: Outbound
    ) -> None:
        world = await outbound.due_day("2026-11-19", prefix="crash-")
        # Claimed and never finished: what a SIGKILL between claim and answer leaves.
        await outbound.session.execute(
            text(
                "UPDATE ccus_outbox SET status = 'sending', attempts = 1, last_attempt_at = now() - interval '1 hour' WHERE tenant_id = :t"
            ),
            {"t": world.tenant.id},
        )
        deps = outbound.deps()
        assert await dispatcher.recover_stranded(deps) >= 1
        await dispatcher.dispatch(deps)
        await dispatcher.collect(deps)
        [row] = await outbound.work_days(world)
        assert row.status is OutboxStatus.succeeded
        assert (await outbound.stats())["keys_applied_twice"] == []

    async def test_nothing_goes_out_inside_a_maintenance_window(self, outbound: Outbound) -> None:
        world = await outbound.due_day("2026-11-18", prefix="window-")
        every_day = outbound.settings.model_copy(
            update={"ccus_maintenance_weekdays": list(range(7))}
        )
        before = (await outbound.stats())["requests"]
        assert await dispatcher.dispatch(outbound.deps(every_day)) == 0
        assert (await outbound.stats())["requests"] == before
        [row] = await outbound.work_days(world)
        assert row.status is OutboxStatus.pending
