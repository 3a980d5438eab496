"""Folding stored terminal events into work days, in the worker.

A terminal's answer waits only for its events to be checked and stored; the work days they make
are written here, a moment later, in batches of many requests. An accepted event without a work
day is the queue: the fold takes such events with `SKIP LOCKED`, so folds running side by side
never take the same event, and one that dies takes nothing with it. One fold per tenant runs at
a time (an advisory lock); a wake-up that finds the turn taken asks again for the next window."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from api.attendance.days import work_date_of
from api.attendance.fold import DayInput, fold
from api.ccus.hooks import queue_structure, queue_work_days
from api.config import Settings
from api.kit.jobs import enqueue_after_commit
from api.models.attendance import WorkDaySource
from api.models.site import Site
from api.models.tenant import Tenant
from api.models.worker import Worker

FOLD_TASK = "attendance.fold"
# Requests of the same tenant within this window share one fold.
FOLD_WINDOW_SECONDS = 0.2
CHUNK = 5000

_CLAIM = text(
    """
    SELECT id, site_id, worker_id, kind, occurred_at, work_location FROM attendance_events
    WHERE tenant_id = :tenant_id AND result = 'accepted' AND work_day_id IS NULL
    ORDER BY id
    LIMIT :limit
    FOR UPDATE SKIP LOCKED
    """
)

# The same partial-index predicate as the claim, so the update never looks past the queue.
_LINK = text(
    """
    UPDATE attendance_events AS e SET work_day_id = u.work_day_id
    FROM unnest(CAST(:ids AS uuid[]), CAST(:work_day_ids AS uuid[])) AS u(id, work_day_id)
    WHERE e.tenant_id = :tenant_id AND e.id = u.id
      AND e.result = 'accepted' AND e.work_day_id IS NULL
    """
)

# A site or worker deleted between the answer and the fold: the event can make no work day.
_REJECT = text(
    """
    UPDATE attendance_events SET result = 'rejected', reject_code = :code
    WHERE tenant_id = :tenant_id AND id = ANY(CAST(:ids AS uuid[]))
    """
)


@dataclass(frozen=True)
class _Event:
    id: UUID
    site_id: UUID
    worker_id: UUID
    kind: str
    occurred_at: datetime
    work_location: str | None


async def take_turn(session: AsyncSession, tenant_id: UUID) -> bool:
    """One fold per tenant at a time, for this transaction: side by side they would only
    contend for the same rows and cores. False when another fold has the turn."""
    taken = await session.execute(
        text("SELECT pg_try_advisory_xact_lock(hashtextextended(:key, 0))"),
        {"key": f"{FOLD_TASK}:{tenant_id}"},
    )
    return bool(taken.scalar_one())


def request_fold(session: AsyncSession, tenant_id: UUID) -> None:
    """Wake the worker once this transaction's events are committed."""
    enqueue_after_commit(
        session,
        FOLD_TASK,
        tenant_id,
        job_id=f"{FOLD_TASK}:{tenant_id}",
        coalesce_seconds=FOLD_WINDOW_SECONDS,
    )


async def fold_received(
    session: AsyncSession, settings: Settings, tenant_id: UUID, limit: int = CHUNK
) -> int:
    """Fold up to `limit` of the tenant's waiting events, in the caller's transaction (scoped to
    the tenant). Returns how many events it took; fewer than `limit` means none were left."""
    rows = (await session.execute(_CLAIM, {"tenant_id": tenant_id, "limit": limit})).all()
    if not rows:
        return 0
    events = [_Event(*row) for row in rows]
    boundary = (
        await session.execute(select(Tenant.day_boundary_hour).where(Tenant.id == tenant_id))
    ).scalar_one()
    site_ids = {event.site_id for event in events}
    worker_ids = {event.worker_id for event in events}
    memo_sites = dict(
        (
            await session.execute(
                select(Site.id, Site.work_location_memo).where(
                    Site.tenant_id == tenant_id, Site.id.in_(site_ids)
                )
            )
        ).all()
    )
    businesses = dict(
        (
            await session.execute(
                select(Worker.id, Worker.business_id).where(
                    Worker.tenant_id == tenant_id, Worker.id.in_(worker_ids)
                )
            )
        ).all()
    )
    await _reject(
        session,
        tenant_id,
        "site.not_found",
        [event.id for event in events if event.site_id not in memo_sites],
    )
    await _reject(
        session,
        tenant_id,
        "worker.not_found",
        [
            event.id
            for event in events
            if event.site_id in memo_sites and event.worker_id not in businesses
        ],
    )
    foldable = [
        (event, work_date_of(event.occurred_at, boundary))
        for event in events
        if event.site_id in memo_sites and event.worker_id in businesses
    ]
    folded = await fold(
        session,
        tenant_id,
        [
            DayInput(
                site_id=event.site_id,
                worker_id=event.worker_id,
                business_id=businesses[event.worker_id],
                work_date=work_date,
                entry_at=event.occurred_at if event.kind == "entry" else None,
                exit_at=event.occurred_at if event.kind == "exit" else None,
                work_location=event.work_location if memo_sites[event.site_id] else None,
            )
            for event, work_date in foldable
        ],
        WorkDaySource.terminal,
    )
    await queue_work_days(session, settings, tenant_id, folded.changed)
    await queue_structure(session, settings, tenant_id, folded.structure_sites)
    # A site or worker deleted while this fold ran makes no day: its events wait for the next
    # fold, which rejects them.
    linked = [
        (event.id, folded.days[key])
        for event, work_date in foldable
        if (key := (event.site_id, event.worker_id, work_date)) in folded.days
    ]
    await session.execute(
        _LINK,
        {
            "tenant_id": tenant_id,
            "ids": [event_id for event_id, _ in linked],
            "work_day_ids": [work_day_id for _, work_day_id in linked],
        },
    )
    return len(events)


async def _reject(session: AsyncSession, tenant_id: UUID, code: str, ids: list[UUID]) -> None:
    if ids:
        await session.execute(_REJECT, {"tenant_id": tenant_id, "code": code, "ids": ids})
