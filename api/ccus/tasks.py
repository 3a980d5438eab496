"""arq jobs of the CCUS pipeline."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from api.ccus import dispatcher
from api.ccus.dispatcher import Pipeline, tenant_ids
from api.ccus.id_checks import check_tenant
from api.ccus.wakeups import COLLECT_TASK, DISPATCH_TASK, VERIFY_ALL_TASK
from api.db import set_tenant, unit_of_work
from api.kit.tasks import JobContext, cron_task, task


def pipeline(ctx: JobContext) -> Pipeline:
    return dispatcher.pipeline(ctx["sessionmaker"], ctx["ccus"], ctx["settings"], ctx["redis"])


@task(DISPATCH_TASK, timeout_seconds=600, max_tries=1)
async def dispatch(ctx: JobContext) -> int:
    return await dispatcher.dispatch(pipeline(ctx))


@task(COLLECT_TASK, timeout_seconds=300, max_tries=1)
async def collect_results(ctx: JobContext) -> int:
    return await dispatcher.collect(pipeline(ctx))


@cron_task("ccus.sweep", second={5}, timeout_seconds=600)
async def sweep(ctx: JobContext) -> dict[str, int]:
    """Every minute: what a lost wake-up, a dead worker or a late result left behind."""
    deps = pipeline(ctx)
    return {
        "stranded": await dispatcher.recover_stranded(deps),
        "sent": await dispatcher.dispatch(deps),
        "collected": await dispatcher.collect(deps),
    }


async def _verify(ctx: JobContext, tenant_id: UUID, *, everything: bool) -> dict[str, Any]:
    deps = pipeline(ctx)
    # With Redis as the sink: days released by a passing check are dispatched right after commit.
    async with unit_of_work(deps.sessionmaker, deps.jobs) as session:
        await set_tenant(session, tenant_id)
        count = await check_tenant(
            session, deps.gateway, deps.cipher, tenant_id, everything=everything
        )
    return {"checked": count.checked, "valid": count.valid, "deferred": count.deferred}


@cron_task("ccus.verify_ids", minute={0, 30}, second={20}, timeout_seconds=1200)
async def verify_ids(ctx: JobContext) -> int:
    """Every 30 minutes: IDs entered or corrected since their last check."""
    async with unit_of_work(ctx["sessionmaker"], None) as session:
        tenants = await tenant_ids(session)
    checked = 0
    for tenant_id in tenants:
        checked += (await _verify(ctx, tenant_id, everything=False))["checked"]
    return checked


@task(VERIFY_ALL_TASK, timeout_seconds=1200, max_tries=1)
async def verify_all(ctx: JobContext, tenant_id: UUID) -> dict[str, Any]:
    """まとめて確認."""
    return await _verify(ctx, tenant_id, everything=True)
