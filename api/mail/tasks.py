"""arq jobs: send a tenant's due mails when woken, and a sweep for retries and lost wake-ups."""

from __future__ import annotations

from uuid import UUID

import structlog

from api.db import unit_of_work
from api.kit.tasks import JobContext, cron_task, task
from api.mail.delivery import send_due
from api.mail.outbox import SEND_TASK
from api.mail.retention import prune_settled
from api.tenants.repository import tenant_ids

log = structlog.get_logger(__name__)


@task(SEND_TASK, timeout_seconds=600, max_tries=3, keep_result_seconds=0)
async def send(ctx: JobContext, tenant_id: UUID) -> int:
    return await send_due(ctx["sessionmaker"], ctx["settings"], tenant_id)


@cron_task("mail.sweep", second={40}, timeout_seconds=1200)
async def sweep(ctx: JobContext) -> dict[str, int]:
    """Every minute: retries that came due, mails whose wake-up was lost, and settled mails
    past their retention."""
    async with unit_of_work(ctx["sessionmaker"], None) as session:
        tenants = await tenant_ids(session)
    counts = {"tried": 0, "pruned": 0}
    for tenant_id in tenants:
        for count, step in (("tried", send_due), ("pruned", prune_settled)):
            try:
                counts[count] += await step(ctx["sessionmaker"], ctx["settings"], tenant_id)
            except Exception:
                # One tenant's failure must not hold back the others' mail, nor its own pruning.
                log.exception("mail_sweep_failed", step=count, tenant_id=str(tenant_id))
    return counts
