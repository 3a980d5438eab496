"""The arq worker: `arq api.worker.WorkerSettings`."""

from __future__ import annotations

from typing import Any, ClassVar

import structlog
from arq.connections import RedisSettings

from api.attendance import tasks as attendance_tasks
from api.ccus import tasks as ccus_tasks
from api.ccus.http_gateway import HttpCcusGateway
from api.config import get_settings
from api.db import create_engine, create_sessionmaker
from api.imports import tasks as import_tasks
from api.kit.heap import freeze_startup_heap
from api.kit.tasks import CRON_JOBS, FUNCTIONS, JobContext
from api.logs import configure_logging
from api.mail import tasks as mail_tasks
from api.operations import tasks as operations_tasks
from api.webhooks import tasks as webhook_tasks

# Importing a task module registers its jobs; naming them here keeps the imports from being
# "unused" to a linter that would otherwise drop them (and the jobs with them).
TASK_MODULES = (
    ccus_tasks,
    import_tasks,
    operations_tasks,
    attendance_tasks,
    webhook_tasks,
    mail_tasks,
)

log = structlog.get_logger(__name__)


async def startup(ctx: JobContext) -> None:
    settings = get_settings()
    configure_logging(settings.log_level, json=settings.log_json)
    ctx["settings"] = settings
    ctx["engine"] = create_engine(settings, application_name="genba-worker")
    ctx["sessionmaker"] = create_sessionmaker(ctx["engine"])
    ctx["ccus"] = HttpCcusGateway(HttpCcusGateway.client_for(settings), settings)
    freeze_startup_heap()
    log.info(
        "worker_started",
        functions=[function.name for function in FUNCTIONS],
        cron_jobs=[job.name for job in CRON_JOBS],
    )


async def shutdown(ctx: JobContext) -> None:
    await ctx["ccus"].client.aclose()
    await ctx["engine"].dispose()


class WorkerSettings:
    functions: ClassVar[list[Any]] = FUNCTIONS
    cron_jobs: ClassVar[list[Any]] = CRON_JOBS
    on_startup = startup
    on_shutdown = shutdown
    redis_settings = RedisSettings.from_dsn(get_settings().redis_url)
    # Jobs are I/O bound (PostgreSQL, CCUS); twenty at once keeps two cores busy without
    # exhausting the database pool.
    max_jobs = 20
    poll_delay = 0.5
    job_timeout = 300
    keep_result = 3600
    health_check_interval = 60
    # Redis only wakes jobs: sweeps re-find any work, so a lost job costs latency, not data.
    allow_abort_jobs = True
