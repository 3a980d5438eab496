"""The circuit breaker in the pipeline: while it is open no row is taken, and a row it stopped
mid-batch is put back without counting a try — each try doubles a row's next backoff."""

from __future__ import annotations

from api.ccus import dispatcher
from api.config import Settings
from api.models.ccus_outbox import OutboxKind, OutboxRow, OutboxStatus
from tests.ccus.outbound import Outbound
from tests.ccus.outbox_reads import outbox_rows
from tests.ccus.world import World


async def test_rows_the_breaker_stopped_mid_batch_are_not_counted_as_tried(
    outbound: Outbound,
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
    outbound: Outbound,
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
