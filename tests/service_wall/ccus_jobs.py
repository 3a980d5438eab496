"""Due work and runs for the CCUS dispatcher's jobs, whose claims serve every tenant: the
runner's rows come first, so a batch of its size takes only its own."""

from __future__ import annotations

from sqlalchemy import text

from api.ccus import dispatcher
from api.ccus.dispatcher import Pipeline
from tests.ccus.world import World, attend
from tests.service_wall.scene import Scene, count_due

DISPATCH_DUE = (
    "SELECT count(*) FROM ccus_outbox WHERE tenant_id = :t AND status = 'pending' "
    "AND scheduled_for <= clock_timestamp()"
)


async def sent_and_due(scene: Scene, world: World) -> None:
    """Work days (and their structure) in the outbox, due: the runner's before the victim's,
    so one batch of the runner's size takes only the runner's."""
    await attend(scene.client, world, "2026-11-25", scene.fold, prefix=f"sw-{world.tenant.id}-")
    due = (
        "TIMESTAMPTZ '2000-01-01'"
        if world is scene.runner
        else "clock_timestamp() - interval '1 second'"
    )
    await scene.session.execute(
        text(
            f"UPDATE ccus_outbox SET scheduled_for = {due} WHERE tenant_id = :t AND status = 'pending'"
        ),
        {"t": world.tenant.id},
    )


def _pipeline(scene: Scene, batch_size: int = 500) -> Pipeline:
    settings = scene.ctx["settings"].model_copy(update={"ccus_batch_size": batch_size})
    return dispatcher.pipeline(
        scene.ctx["sessionmaker"], scene.ctx["ccus"], settings, scene.ctx["redis"]
    )


async def run_dispatch(scene: Scene) -> int | None:
    """One round of ccus.dispatch: its claim is across tenants by design, so the batch is the
    size of the runner's due rows, which come first."""
    batch = await count_due(scene.session, DISPATCH_DUE, scene.runner.tenant.id)
    return await dispatcher.dispatch_once(_pipeline(scene, batch))


async def awaiting_results(scene: Scene, world: World) -> None:
    await sent_and_due(scene, world)
    if world is scene.runner:  # prepared last
        # Both tenants' rows go out (the claim serves every tenant); results wait in CCUS.
        assert await dispatcher.dispatch(_pipeline(scene)) >= 2


async def run_collect(scene: Scene) -> int | None:
    """ccus.collect for the runner's submissions (the job walks every tenant's in turn)."""
    submissions = await scene.session.execute(
        text(
            "SELECT DISTINCT submission_id FROM ccus_outbox "
            "WHERE tenant_id = :t AND status = 'awaiting_result'"
        ),
        {"t": scene.runner.tenant.id},
    )
    deps = _pipeline(scene)
    for submission_id in submissions.scalars().all():
        assert await dispatcher.collect_submission(deps, scene.runner.tenant.id, submission_id)
    return None
