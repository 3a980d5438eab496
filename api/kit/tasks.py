"""Job registration and the per-job unit of work."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any, TypedDict, TypeVar, cast

from arq.connections import ArqRedis
from arq.cron import CronJob, cron
from arq.typing import WorkerCoroutine
from arq.worker import Function, func
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from api.config import Settings
from api.db import SessionMaker, unit_of_work


class JobContext(TypedDict, total=False):
    redis: ArqRedis
    settings: Settings
    engine: AsyncEngine
    sessionmaker: SessionMaker
    # The CCUS gateway (api.ccus.gateway.CcusGateway), shared by the jobs of one worker so its
    # circuit breaker sees every call.
    ccus: Any
    job_id: str
    job_try: int
    enqueue_time: datetime


R = TypeVar("R")

FUNCTIONS: list[Function] = []
CRON_JOBS: list[CronJob] = []


def task(
    name: str,
    *,
    timeout_seconds: int = 300,
    max_tries: int = 5,
    keep_result_seconds: int | None = None,
) -> Callable[[Callable[..., Awaitable[R]]], Callable[..., Awaitable[R]]]:
    """Register a job under a stable dotted name, e.g. `ccus.dispatch`; `keep_result_seconds`
    overrides the worker's default (0 keeps none, for jobs that run many times a second)."""

    def register(coroutine: Callable[..., Awaitable[R]]) -> Callable[..., Awaitable[R]]:
        FUNCTIONS.append(
            func(
                cast(WorkerCoroutine, coroutine),
                name=name,
                timeout=timeout_seconds,
                max_tries=max_tries,
                keep_result=keep_result_seconds,
            )
        )
        return coroutine

    return register


def cron_task(
    name: str, *, timeout_seconds: int = 300, **schedule: Any
) -> Callable[[Callable[..., Awaitable[R]]], Callable[..., Awaitable[R]]]:
    """Register a periodic job; `schedule` takes arq's cron fields (minute=…, second=…)."""

    def register(coroutine: Callable[..., Awaitable[R]]) -> Callable[..., Awaitable[R]]:
        CRON_JOBS.append(
            cron(
                cast(WorkerCoroutine, coroutine),
                name=name,
                timeout=timeout_seconds,
                unique=True,
                **schedule,
            )
        )
        return coroutine

    return register


@asynccontextmanager
async def job_session(ctx: JobContext) -> AsyncIterator[AsyncSession]:
    """A unit of work for a job: commit on success, roll back on error, enqueue after commit."""
    async with unit_of_work(ctx["sessionmaker"], ctx["redis"]) as session:
        yield session
