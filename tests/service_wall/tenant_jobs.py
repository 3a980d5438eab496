"""Due work and runs for the jobs that take one tenant: the fold, CCUS ID checks, imports."""

from __future__ import annotations

from uuid import UUID

from api.ccus.tasks import _verify
from api.imports.columns import WORKER_COLUMNS
from tests.attendance.terminal_helpers import event
from tests.ccus.world import World
from tests.fixtures.factories import bearer, create_user
from tests.imports.helpers import csv_text, upload, worker_row
from tests.service_wall.scene import Scene, job


async def post_events(scene: Scene, world: World) -> None:
    events = [
        event(f"sw-{world.tenant.id}-{kind}", world.site.id, world.worker.id, kind, at)
        for kind, at in (("entry", "2026-11-26 08:00"), ("exit", "2026-11-26 17:00"))
    ]
    response = await scene.client.post(
        "/api/v1/terminal/events", json={"events": events}, headers=world.gate
    )
    assert response.json()["accepted"] == 2, response.text


async def run_fold(scene: Scene) -> int | None:
    folded: int = await job("attendance.fold")(scene.ctx, scene.runner.tenant.id)
    return folded


async def run_verify_all(scene: Scene) -> int | None:
    checked: int = (await job("ccus.verify_all")(scene.ctx, scene.runner.tenant.id))["checked"]
    return checked


async def run_verify_entity(scene: Scene) -> int | None:
    """A saved ID checked at once: the runner's worker, one check."""
    worker = scene.runner.worker
    checked = await job("ccus.verify_entity")(scene.ctx, worker.tenant_id, "worker", worker.id)
    return 0 if checked is None else 1


async def run_verify_changed(scene: Scene) -> int | None:
    # ccus.verify_ids runs this for each tenant in turn.
    checked: int = (await _verify(scene.ctx, scene.runner.tenant.id, everything=False))["checked"]
    return checked


async def upload_import(scene: Scene, world: World) -> None:
    headers = bearer(scene.ctx["settings"], await create_user(scene.session, world.tenant))
    content = csv_text(WORKER_COLUMNS, [worker_row(world.business.code, code="SW001")])
    response = await upload(
        scene.client, headers, "workers", content.encode(), file_name="workers.csv"
    )
    assert response.status_code == 202, response.text
    scene.made[world.tenant.id] = UUID(response.json()["id"])


async def run_import(scene: Scene) -> int | None:
    tenant = scene.runner.tenant.id
    status = await job("imports.run")(scene.ctx, tenant, scene.made[tenant])
    assert status == "succeeded", status
    return 1
