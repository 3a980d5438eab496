"""For each job of the worker: what due work of its kind looks like, how to give a tenant some,
and how to run the job for one tenant. A job the worker gains needs an entry here (or in
ACROSS_TENANTS): tests/service_wall/test_jobs.py fails until it has one."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from httpx import AsyncClient
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

import api.worker  # noqa: F401 - registers every job
from api.ccus import dispatcher
from api.ccus.dispatcher import Pipeline
from api.ccus.tasks import _verify
from api.imports.columns import WORKER_COLUMNS
from api.kit.tasks import FUNCTIONS, JobContext
from tests.attendance.terminal_helpers import event
from tests.ccus.world import World, attend
from tests.fixtures.factories import bearer, create_user
from tests.fixtures.jobs import Fold
from tests.imports.helpers import csv_text, upload, worker_row


@dataclass
class Scene:
    """Two tenants in the RLS-bypassing harness: the job runs for `runner` only."""

    ctx: JobContext
    session: AsyncSession
    client: AsyncClient
    fold: Fold
    victim: World
    runner: World
    # What `prepare` left for `run`, per tenant.
    made: dict[UUID, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class JobCase:
    # Counts a tenant's due work of the job's kind (the tenant is :t).
    due: str
    # Runs the job for scene.runner; answers how many due items it says it handled, or None
    # when the job does not say.
    run: Callable[[Scene], Awaitable[int | None]]
    # Gives a tenant due work of the job's kind (the linked world has unchecked CCUS IDs).
    prepare: Callable[[Scene, World], Awaitable[None]] | None = None


def job(name: str) -> Callable[..., Awaitable[Any]]:
    [found] = [function.coroutine for function in FUNCTIONS if function.name == name]
    return found


async def _events(scene: Scene, world: World) -> None:
    events = [
        event(f"sw-{world.tenant.id}-{kind}", world.site.id, world.worker.id, kind, at)
        for kind, at in (("entry", "2026-11-26 08:00"), ("exit", "2026-11-26 17:00"))
    ]
    response = await scene.client.post(
        "/api/v1/terminal/events", json={"events": events}, headers=world.gate
    )
    assert response.json()["accepted"] == 2, response.text


async def _fold(scene: Scene) -> int | None:
    folded: int = await job("attendance.fold")(scene.ctx, scene.runner.tenant.id)
    return folded


async def _verify_all(scene: Scene) -> int | None:
    checked: int = (await job("ccus.verify_all")(scene.ctx, scene.runner.tenant.id))["checked"]
    return checked


async def _verify_changed(scene: Scene) -> int | None:
    # ccus.verify_ids runs this for each tenant in turn.
    checked: int = (await _verify(scene.ctx, scene.runner.tenant.id, everything=False))["checked"]
    return checked


async def _import_file(scene: Scene, world: World) -> None:
    headers = bearer(scene.ctx["settings"], await create_user(scene.session, world.tenant))
    content = csv_text(WORKER_COLUMNS, [worker_row(world.business.code, code="SW001")])
    response = await upload(
        scene.client, headers, "workers", content.encode(), file_name="workers.csv"
    )
    assert response.status_code == 202, response.text
    scene.made[world.tenant.id] = UUID(response.json()["id"])


async def _run_import(scene: Scene) -> int | None:
    tenant = scene.runner.tenant.id
    status = await job("imports.run")(scene.ctx, tenant, scene.made[tenant])
    assert status == "succeeded", status
    return 1


async def _sent_and_due(scene: Scene, world: World) -> None:
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


async def count_due(session: AsyncSession, sql: str, tenant_id: UUID) -> int:
    return int((await session.execute(text(sql), {"t": tenant_id})).scalar_one())


async def _dispatch(scene: Scene) -> int | None:
    """One round of ccus.dispatch: its claim is across tenants by design, so the batch is the
    size of the runner's due rows, which come first."""
    batch = await count_due(scene.session, CASES["ccus.dispatch"].due, scene.runner.tenant.id)
    return await dispatcher.dispatch_once(_pipeline(scene, batch))


async def _awaiting(scene: Scene, world: World) -> None:
    await _sent_and_due(scene, world)
    if world is scene.runner:  # prepared last
        # Both tenants' rows go out (the claim serves every tenant); results wait in CCUS.
        assert await dispatcher.dispatch(_pipeline(scene)) >= 2


async def _collect(scene: Scene) -> int | None:
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


_UNCHECKED_IDS = " + ".join(
    f"(SELECT count(*) FROM {table} WHERE tenant_id = :t AND {column} IS NOT NULL "
    "AND ccus_checked_at IS NULL)"
    for table, column in (
        ("sites", "ccus_site_id"),
        ("businesses", "ccus_business_id"),
        ("workers", "ccus_worker_id"),
    )
)

CASES: dict[str, JobCase] = {
    "attendance.fold": JobCase(
        due="SELECT count(*) FROM attendance_events WHERE tenant_id = :t "
        "AND result = 'accepted' AND work_day_id IS NULL",
        prepare=_events,
        run=_fold,
    ),
    "ccus.verify_all": JobCase(due=f"SELECT {_UNCHECKED_IDS}", run=_verify_all),
    "ccus.verify_ids": JobCase(due=f"SELECT {_UNCHECKED_IDS}", run=_verify_changed),
    "imports.run": JobCase(
        due="SELECT count(*) FROM import_jobs WHERE tenant_id = :t AND status = 'queued'",
        prepare=_import_file,
        run=_run_import,
    ),
    "ccus.dispatch": JobCase(
        due="SELECT count(*) FROM ccus_outbox WHERE tenant_id = :t AND status = 'pending' "
        "AND scheduled_for <= clock_timestamp()",
        prepare=_sent_and_due,
        run=_dispatch,
    ),
    "ccus.collect": JobCase(
        due="SELECT count(*) FROM ccus_outbox WHERE tenant_id = :t AND status = 'awaiting_result'",
        prepare=_awaiting,
        run=_collect,
    ),
}

# Jobs that serve every tenant by design (their claim or lookup runs with `app.dispatcher` or
# `app.sweep` on), each with the cases above that cover what it does for one tenant.
ACROSS_TENANTS: dict[str, tuple[str, ...]] = {
    "attendance.fold_sweep": ("attendance.fold",),
    "ccus.sweep": ("ccus.dispatch", "ccus.collect"),
    "imports.sweep": ("imports.run",),
    # Writes a timestamp to Redis; reads and writes no tenant's rows.
    "operations.heartbeat": (),
}
