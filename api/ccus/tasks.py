"""arq jobs of the CCUS pipeline."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.ccus import dispatcher
from api.ccus.dispatcher import Pipeline
from api.ccus.id_checks import ID_CHECK_TURN, Units, check_entity, check_tenant
from api.ccus.wakeups import (
    COLLECT_TASK,
    DISPATCH_TASK,
    VERIFY_ALL_TASK,
    VERIFY_ENTITY_TASK,
    request_id_checks,
)
from api.db import set_tenant, unit_of_work
from api.kit.tasks import JobContext, cron_task, task
from api.kit.turns_repository import take_turn
from api.models.ccus_outbox import OutboxKind
from api.tenants.errors import TenantSuspended
from api.tenants.repository import TenantRepository, tenant_ids


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


def _units(deps: Pipeline, tenant_id: UUID) -> Units:
    @asynccontextmanager
    async def units() -> AsyncIterator[AsyncSession]:
        # With Redis as the sink: records re-queued by a passing check are dispatched right
        # after the commit of the answer that re-queued them.
        async with unit_of_work(deps.sessionmaker, deps.jobs) as session:
            await set_tenant(session, tenant_id)
            if not await TenantRepository(session).is_active(tenant_id):
                raise TenantSuspended()
            yield session

    return units


async def _verify(ctx: JobContext, tenant_id: UUID, *, everything: bool) -> dict[str, Any]:
    deps = pipeline(ctx)
    units = _units(deps, tenant_id)

    # The turn is held by a transaction of its own for the whole run; the work commits as it goes.
    async with unit_of_work(deps.sessionmaker, deps.jobs) as turn:
        if not await take_turn(turn, ID_CHECK_TURN, tenant_id, wait=False):
            if everything:
                # The run that has the turn may be past the rows this request marked: ask again.
                request_id_checks(turn, tenant_id, again=True)
            return {"checked": 0, "valid": 0, "deferred": True}
        count = await check_tenant(
            units, deps.gateway, deps.cipher, tenant_id, everything=everything
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


@task(VERIFY_ENTITY_TASK, timeout_seconds=120, max_tries=1)
async def verify_entity(
    ctx: JobContext, tenant_id: UUID, kind: str, entity_id: UUID
) -> bool | None:
    """A saved CCUS ID or 本人確認番号, checked at once (the 30-minute sweep stays the net)."""
    deps = pipeline(ctx)
    return await check_entity(
        _units(deps, tenant_id), deps.gateway, deps.cipher, tenant_id, OutboxKind(kind), entity_id
    )
