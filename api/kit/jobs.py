"""Jobs enqueued during a unit of work reach Redis only after its commit, and never on rollback.
A unit of work opened without a sink refuses to enqueue: a wake-up is never dropped silently."""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from typing import Any, Protocol

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

log = structlog.get_logger(__name__)

_BUFFER_KEY = "pending_jobs"
_REFUSED_KEY = "jobs_refused"


class JobSink(Protocol):
    async def enqueue_job(self, function: str, *args: Any, **kwargs: Any) -> Any: ...


class JobsRefused(RuntimeError):
    """A job was asked for in a unit of work that has nowhere to send it."""

    def __init__(self, name: str) -> None:
        super().__init__(f"{name} was enqueued in a unit of work opened without a job sink")


class RunByCaller:
    """The sink of a script or benchmark that runs the jobs itself: wake-ups are not sent."""

    async def enqueue_job(self, function: str, *args: Any, **kwargs: Any) -> None:
        return None


RUN_BY_CALLER = RunByCaller()


def refuse_jobs(session: AsyncSession) -> None:
    session.info[_REFUSED_KEY] = True


def accepts_jobs(session: AsyncSession) -> bool:
    """False in a unit of work opened without a sink: a caller whose wake-up a sweep also
    covers may then do without it."""
    return not session.info.get(_REFUSED_KEY)


@dataclass(frozen=True)
class PendingJob:
    name: str
    args: tuple[Any, ...]
    job_id: str | None = None
    defer_seconds: float | None = None
    coalesce_seconds: float | None = None
    kwargs: dict[str, Any] = field(default_factory=dict)

    def timed(self, now: float) -> tuple[str | None, float | None]:
        """The job id and deferral to enqueue with at `now` (seconds since the epoch).

        A coalesced job is one per window: its id names the window it was asked for in, and it
        runs at the window's end. Every request in the window commits before asking, so the one
        job that runs sees all of their data, however many asked."""
        if self.coalesce_seconds is None or self.job_id is None:
            return self.job_id, self.defer_seconds
        return coalesced(self.job_id, self.coalesce_seconds, now)


def coalesced(job_id: str, coalesce_seconds: float, now: float) -> tuple[str, float]:
    """The id of the window `now` falls in, and the seconds until the window ends (when its one
    job runs). A caller that must name the job in its answer asks for it up front."""
    window = math.floor(now / coalesce_seconds)
    ends = (window + 1) * coalesce_seconds
    return f"{job_id}:{window}", ends - now


def enqueue_after_commit(
    session: AsyncSession,
    name: str,
    *args: Any,
    job_id: str | None = None,
    defer_seconds: float | None = None,
    coalesce_seconds: float | None = None,
) -> None:
    """Buffer a job on the session; `flush_jobs` sends it once the transaction has committed.
    With `coalesce_seconds` (and a `job_id` to name it), the requests of one such window share
    one job, run at the window's end."""
    if coalesce_seconds is not None and job_id is None:
        raise ValueError("a coalesced job needs a job_id")
    if session.info.get(_REFUSED_KEY):
        raise JobsRefused(name)
    pending: list[PendingJob] = session.info.setdefault(_BUFFER_KEY, [])
    pending.append(
        PendingJob(
            name=name,
            args=args,
            job_id=job_id,
            defer_seconds=defer_seconds,
            coalesce_seconds=coalesce_seconds,
        )
    )


def pending_jobs(session: AsyncSession) -> list[PendingJob]:
    return list(session.info.get(_BUFFER_KEY, []))


def discard_jobs(session: AsyncSession) -> None:
    session.info.pop(_BUFFER_KEY, None)


async def flush_jobs(session: AsyncSession, sink: JobSink | None) -> None:
    jobs: list[PendingJob] = session.info.pop(_BUFFER_KEY, [])
    if not jobs or sink is None:
        return
    for job in jobs:
        job_id, defer_seconds = job.timed(time.time())
        try:
            await sink.enqueue_job(
                job.name, *job.args, _job_id=job_id, _defer_by=defer_seconds, **job.kwargs
            )
        except Exception:
            # The data is committed; periodic sweeps pick up whatever this wake-up would have done.
            log.warning("job_enqueue_failed", job=job.name, exc_info=True)
