"""A worker difference waiting for the CCUS ID goes out once the ID is entered."""

from __future__ import annotations

from sqlalchemy import text

from api.ccus import dispatcher
from tests.ccus.outbound import Outbound


async def test_a_worker_difference_waiting_for_the_ccus_id_goes_out_once_the_id_is_entered(
    outbound: Outbound,
) -> None:
    world = await outbound.world()
    world.worker.ccus_worker_id = None
    await outbound.session.flush()
    await outbound.attend(world, "2026-11-11", prefix="waiting-")
    await outbound.due(world)
    deps = outbound.deps()
    await dispatcher.dispatch(deps)
    unsent = text("SELECT count(*) FROM structure_changes WHERE site_id = :s AND sent_at IS NULL")
    assert (await outbound.session.execute(unsent, {"s": world.site.id})).scalar_one() == 1

    headers = await outbound.staff(world)
    patched = await outbound.client.patch(
        f"/api/v1/workers/{world.worker.id}",
        json={"ccus_worker_id": "12345678901234"},
        headers=headers,
    )
    assert patched.status_code == 200, patched.text
    await outbound.due(world)
    await dispatcher.dispatch(deps)
    assert (await outbound.session.execute(unsent, {"s": world.site.id})).scalar_one() == 0
