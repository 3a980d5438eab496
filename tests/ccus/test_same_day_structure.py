"""施工体制 goes the same day, within minutes of the change (the seed, line 866); work days keep
the next night. Both stay out of maintenance windows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from api.ccus.policy import after_maintenance, send_at
from api.config import Settings
from api.models.ccus_outbox import OutboxKind
from tests.ccus.outbound import Outbound
from tests.ccus.outbox_reads import outbox_rows


async def test_a_new_worker_on_site_goes_to_ccus_within_minutes_and_the_day_the_next_night(
    outbound: Outbound, settings: Settings
) -> None:
    # `settings` is what the fold queues with: the product's defaults (next-night policy).
    world = await outbound.world()
    before = datetime.now(UTC)
    await outbound.attend(world, "2026-11-18", prefix="same-day-")
    after = datetime.now(UTC)
    [structure] = await outbox_rows(outbound.session, world.tenant.id, OutboxKind.structure)
    [day] = await outbound.work_days(world)
    delay = timedelta(minutes=settings.ccus_structure_delay_minutes)
    assert delay == timedelta(minutes=5)
    earliest = after_maintenance(before + delay, settings)
    latest = after_maintenance(after + delay, settings)
    assert earliest <= structure.scheduled_for <= latest
    assert day.scheduled_for in {send_at(before, settings), send_at(after, settings)}
    assert day.scheduled_for > structure.scheduled_for
