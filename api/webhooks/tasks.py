"""arq jobs: deliver a tenant's due webhooks when woken, and a sweep for retries and lost
wake-ups."""

from __future__ import annotations

from uuid import UUID

import httpx
import structlog

from api.db import unit_of_work
from api.kit.tasks import JobContext, cron_task, task
from api.tenants.repository import tenant_ids
from api.webhooks.delivery import deliver_due
from api.webhooks.emit import DELIVER_TASK

log = structlog.get_logger(__name__)


@task(DELIVER_TASK, timeout_seconds=600, max_tries=3, keep_result_seconds=0)
async def deliver(ctx: JobContext, tenant_id: UUID) -> int:
    async with httpx.AsyncClient(follow_redirects=False) as client:
        return await deliver_due(ctx["sessionmaker"], ctx["settings"], client, tenant_id)


@cron_task("webhooks.sweep", second={50}, timeout_seconds=1200)
async def sweep(ctx: JobContext) -> int:
    """Every minute: retries that came due, and deliveries whose wake-up was lost."""
    async with unit_of_work(ctx["sessionmaker"], None) as session:
        tenants = await tenant_ids(session)
    tried = 0
    async with httpx.AsyncClient(follow_redirects=False) as client:
        for tenant_id in tenants:
            try:
                tried += await deliver_due(ctx["sessionmaker"], ctx["settings"], client, tenant_id)
            except Exception:
                # One tenant's failure must not hold back the others' deliveries.
                log.exception("webhook_delivery_failed", tenant_id=str(tenant_id))
    return tried
