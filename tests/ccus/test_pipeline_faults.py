"""The CCUS pipeline under the sandbox's faults."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import text

from api.ccus import dispatcher
from api.config import Settings
from api.models.ccus_outbox import OutboxKind, OutboxRow, OutboxStatus
from tests.ccus.outbound import Outbound
from tests.ccus.outbox_reads import outbox_rows
from tests.ccus.world import World


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

    async def test_rows_the_breaker_stopped_mid_batch_are_not_counted_as_tried(
        self, outbound: Outbound
    ) -> None:
        worlds = [await outbound.due_day("2026-11-16", prefix=f"mid-{n}-") for n in range(2)]
        await outbound.sandbox.put("/admin/faults", json={"error_rate": 1.0})
        before = await _calls(outbound)
        # The first call fails and opens the breaker; the calls after it are never made.
        await dispatcher.dispatch_once(outbound.deps(_fragile(outbound)))
        assert await _calls(outbound) == before + 1
        rows = [row for world in worlds for row in await _all_rows(outbound, world)]
        tried = [row for row in rows if row.attempts == 1]
        assert {row.error_code for row in tried} == {"SYSA0001E"}
        assert {(row.status, row.attempts, row.error_code) for row in rows if row not in tried} == {
            (OutboxStatus.pending, 0, "BREAKER_OPEN")
        }

    async def test_while_the_breaker_is_open_no_row_is_taken_or_counted_as_tried(
        self, outbound: Outbound
    ) -> None:
        world = await outbound.due_day("2026-11-17", prefix="paused-")
        await outbound.sandbox.put("/admin/faults", json={"error_rate": 1.0})
        deps = outbound.deps(_fragile(outbound))
        await dispatcher.dispatch_once(deps)
        assert deps.gateway.paused
        await outbound.due(world)
        tries = [(row.status, row.attempts) for row in await _all_rows(outbound, world)]
        before = await _calls(outbound)
        # Due, but the calls pause: taking the rows only to put them back would count a try
        # that never reached CCUS, and each try doubles a row's next backoff.
        assert await dispatcher.dispatch_once(deps) == 0
        assert [(row.status, row.attempts) for row in await _all_rows(outbound, world)] == tries
        assert {status for status, _ in tries} == {OutboxStatus.pending}
        assert await _calls(outbound) == before


def _fragile(outbound: Outbound) -> Settings:
    """One failed call opens the breaker for a minute."""
    return outbound.settings.model_copy(
        update={
            "ccus_max_attempts": 1,
            "ccus_breaker_threshold": 1,
            "ccus_breaker_cooldown_seconds": 60.0,
        }
    )


async def _calls(outbound: Outbound) -> int:
    requests = (await outbound.stats())["requests"]
    assert isinstance(requests, dict)
    return sum(requests.values())


async def _all_rows(outbound: Outbound, world: World) -> list[OutboxRow]:
    return [
        row
        for kind in OutboxKind
        for row in await outbox_rows(outbound.session, world.tenant.id, kind)
    ]
