"""Import jobs: one run per uploaded file, and a sweep for files a lost wake-up left behind."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import UUID

from api.imports.repository import ImportJobRepository
from api.imports.run_state import ImportRun
from api.imports.runner import run_import
from api.imports.service import RUN_TASK
from api.kit.crypto import cipher_from_setting
from api.kit.tasks import JobContext, cron_task, job_session, task

# A queued import waits this long for its wake-up before the sweep sends another.
QUEUED_GRACE = timedelta(minutes=1)


@task(RUN_TASK, timeout_seconds=900, max_tries=3)
async def import_file(ctx: JobContext, tenant_id: UUID, import_id: UUID) -> str | None:
    settings = ctx["settings"]
    cipher = cipher_from_setting(settings.encryption_keys.get_secret_value())
    status = await run_import(
        ImportRun(ctx["sessionmaker"], settings, cipher, tenant_id, import_id, ctx["redis"])
    )
    return status.value if status else None


@cron_task("imports.sweep", minute=set(range(0, 60, 2)), second={15}, timeout_seconds=60)
async def sweep_imports(ctx: JobContext) -> int:
    now = datetime.now(UTC)
    stale = timedelta(seconds=ctx["settings"].import_stale_after_seconds)
    async with job_session(ctx) as session:
        stalled = await ImportJobRepository(session).stalled(now - QUEUED_GRACE, now - stale)
    for tenant_id, import_id in stalled:
        await ctx["redis"].enqueue_job(RUN_TASK, tenant_id, import_id)
    return len(stalled)
