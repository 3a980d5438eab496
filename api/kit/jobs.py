"""Jobs enqueued during a unit of work reach Redis only after its commit, and never on rollback."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

log = structlog.get_logger(__name__)

_BUFFER_KEY = "pending_jobs"


class JobSink(Protocol):
    async def enqueue_job(self, function: str, *args: Any, **kwargs: Any) -> Any: ...


@dataclass(frozen=True)
class PendingJob:
    name: str
    args: tuple[Any, ...]
    job_id: str | None = None
    defer_seconds: float | None = None
    kwargs: dict[str, Any] = field(default_factory=dict)


def enqueue_after_commit(
    session: AsyncSession,
    name: str,
    *args: Any,
    job_id: str | None = None,
    defer_seconds: float | None = None,
) -> None:
    """Buffer a job on the session; `flush_jobs` sends it once the transaction has committed."""
    pending: list[PendingJob] = session.info.setdefault(_BUFFER_KEY, [])
    pending.append(PendingJob(name=name, args=args, job_id=job_id, defer_seconds=defer_seconds))


def pending_jobs(session: AsyncSession) -> list[PendingJob]:
    return list(session.info.get(_BUFFER_KEY, []))


def discard_jobs(session: AsyncSession) -> None:
    session.info.pop(_BUFFER_KEY, None)


async def flush_jobs(session: AsyncSession, sink: JobSink | None) -> None:
    jobs: list[PendingJob] = session.info.pop(_BUFFER_KEY, [])
    if not jobs or sink is None:
        return
    for job in jobs:
        try:
            await sink.enqueue_job(
                job.name, *job.args, _job_id=job.job_id, _defer_by=job.defer_seconds, **job.kwargs
            )
        except Exception:
            # The data is committed; periodic sweeps pick up whatever this wake-up would have done.
            log.warning("job_enqueue_failed", job=job.name, exc_info=True)
