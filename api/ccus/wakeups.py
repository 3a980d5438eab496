"""The CCUS jobs a unit of work wakes after its commit (names are the arq task names)."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Literal
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.kit.jobs import coalesced, enqueue_after_commit, pending_jobs

DISPATCH_TASK = "ccus.dispatch"
COLLECT_TASK = "ccus.collect"
VERIFY_ALL_TASK = "ccus.verify_all"
VERIFY_ENTITY_TASK = "ccus.verify_entity"
# Saves of one entity within this window share one check of it.
VERIFY_ENTITY_WINDOW_SECONDS = 1.0


def wake_dispatch(session: AsyncSession) -> None:
    enqueue_after_commit(session, DISPATCH_TASK)


# まとめて確認 pressed within one window (by anyone of the tenant) is one job, run at its end.
VERIFY_ALL_WINDOW_SECONDS = 1.0
# A run that found another run of the tenant going asks again at most this often.
VERIFY_ALL_AGAIN_SECONDS = 5.0


def request_id_checks(session: AsyncSession, tenant_id: UUID, *, again: bool = False) -> str:
    """Wake まとめて確認 for the tenant after this transaction commits; answers the job's id,
    shared by every request of the same window."""
    name = f"{VERIFY_ALL_TASK}:{tenant_id}" + (":again" if again else "")
    window = VERIFY_ALL_AGAIN_SECONDS if again else VERIFY_ALL_WINDOW_SECONDS
    job_id, defer = coalesced(name, window, time.time())
    enqueue_after_commit(session, VERIFY_ALL_TASK, tenant_id, job_id=job_id, defer_seconds=defer)
    return job_id


def request_entity_check(
    session: AsyncSession, tenant_id: UUID, kind: str, entity_id: UUID
) -> None:
    """Check this entity's corrected CCUS ID (or 本人確認番号) right after this transaction
    commits, not at the next 30-minute sweep; its ○ re-queues what waited for it."""
    enqueue_after_commit(
        session,
        VERIFY_ENTITY_TASK,
        tenant_id,
        kind,
        entity_id,
        job_id=f"{VERIFY_ENTITY_TASK}:{tenant_id}:{entity_id}",
        coalesce_seconds=VERIFY_ENTITY_WINDOW_SECONDS,
    )


# An import of more new IDs than this asks for one run of the tenant's checks (one at a time, as
# the 30-minute sweep runs them) instead of a job per entity racing to CCUS.
ENTITY_CHECKS_AT_MOST = 50


def request_id_checks_of(
    session: AsyncSession, tenant_id: UUID, kind: str, entity_ids: Sequence[UUID]
) -> None:
    """New or changed CCUS IDs (registered, edited or imported) are checked right after this
    transaction commits, not at the next 30-minute sweep. The one place every path asks it."""
    if len(entity_ids) > ENTITY_CHECKS_AT_MOST:
        request_id_checks(session, tenant_id)
        return
    for entity_id in entity_ids:
        request_entity_check(session, tenant_id, kind, entity_id)


def recheck_of(session: AsyncSession, entity_id: UUID) -> Literal["queued"] | None:
    """`queued` when this transaction asked for the entity's check: what the PATCH answers."""
    for job in pending_jobs(session):
        if job.name == VERIFY_ENTITY_TASK and entity_id in job.args:
            return "queued"
    return None
