"""arq jobs that fold terminal events into work days."""

from __future__ import annotations

from uuid import UUID

import structlog

from api.attendance.fold import CHUNK, FOLD_TASK, fold_received, request_fold, take_turn
from api.attendance.partition_repository import detach_older_than, ensure_months
from api.db import set_tenant, unit_of_work
from api.kit.japan import business_today
from api.kit.tasks import JobContext, cron_task, job_session, task
from api.tenants.repository import TenantRepository, tenant_ids

log = structlog.get_logger(__name__)


async def fold_tenant(ctx: JobContext, tenant_id: UUID) -> int:
    """Fold until nothing waits, a chunk per transaction so a long backlog commits as it goes."""
    total = 0
    while True:
        async with job_session(ctx) as session:
            await set_tenant(session, tenant_id)
            if not await TenantRepository(session).is_active(tenant_id):
                log.info("tenant_suspended_job_skipped", job="fold", tenant_id=str(tenant_id))
                return total
            if not await take_turn(session, tenant_id):
                # The fold that has the turn may be past its last look at the queue: ask again.
                request_fold(session, tenant_id)
                return total
            taken = await fold_received(session, ctx["settings"], tenant_id, CHUNK)
        total += taken
        if taken < CHUNK:
            return total


@task(FOLD_TASK, timeout_seconds=600, max_tries=5, keep_result_seconds=0)
async def fold_events(ctx: JobContext, tenant_id: UUID) -> int:
    return await fold_tenant(ctx, tenant_id)


@cron_task("attendance.fold_sweep", second={35}, timeout_seconds=1200)
async def fold_sweep(ctx: JobContext) -> int:
    """Every minute: events whose wake-up was lost (Redis down, a worker killed mid-fold)."""
    async with unit_of_work(ctx["sessionmaker"], None) as session:
        tenants = await tenant_ids(session)
    folded = 0
    for tenant_id in tenants:
        try:
            folded += await fold_tenant(ctx, tenant_id)
        except Exception:
            # One tenant's failure must not keep the others' events waiting another minute.
            log.exception("fold_failed", tenant_id=str(tenant_id))
    return folded


@cron_task("attendance.history_months", hour={18}, minute={7}, second={0})
async def history_months(ctx: JobContext) -> list[str]:
    """Daily (03:07 in Japan): next months' partitions, and old months detached when, and only
    when, a retention is set."""
    settings = ctx["settings"]
    today = business_today()
    async with unit_of_work(ctx["sessionmaker"], None) as session:
        changed = await ensure_months(session, today, settings.history_months_ahead)
        if settings.history_retention_months is not None:
            changed += await detach_older_than(session, today, settings.history_retention_months)
    if changed:
        log.info("history_partitions_changed", tables=changed)
    return changed
