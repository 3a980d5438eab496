"""Fold attendance into work days: one row per worker × site × date, first entry and last exit.

Terminals' events and staff entry go through the same `fold`. It is set-based and runs in the
caller's transaction, and it is idempotent: folding the same input twice changes nothing, so a
replayed or raced batch is harmless. On a worker's first day on a site the business joins the
site structure at tier 1 and the worker joins the site workers, each change recorded as a
structure difference for CCUS.

A terminal's answer waits only for its events to be checked and stored; the work days they make
are written by the worker a moment later (`fold_received`), in batches of many requests. An
accepted event without a work day is the queue: the fold takes such events with `SKIP LOCKED`,
so folds running side by side never take the same event, and one that dies takes nothing with
it. One fold per tenant runs at a time (an advisory lock); a wake-up that finds the turn taken
asks again for the next window."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.attendance.day_upsert_repository import upsert_days
from api.attendance.days import DayInput, DayKey, merge_inputs, work_date_of
from api.attendance.event_repository import AttendanceEventRepository
from api.ccus.hooks import queue_structure, queue_work_days
from api.config import Settings
from api.kit.jobs import enqueue_after_commit
from api.kit.turns_repository import take_turn as take_turn_of
from api.models.attendance import WorkDaySource
from api.sites.repository import SiteRepository
from api.structure.site_business_repository import SiteBusinessRepository
from api.structure.site_worker_repository import SiteWorkerRepository
from api.tenants.repository import TenantRepository
from api.webhooks.announce import tell_partners
from api.workers.repository import WorkerRepository

FOLD_TASK = "attendance.fold"
# Requests of the same tenant within this window share one fold.
FOLD_WINDOW_SECONDS = 0.2
CHUNK = 5000


@dataclass
class Folded:
    days: dict[DayKey, UUID] = field(default_factory=dict)
    # Work days (id, date: its month) added or changed on sites linked to CCUS: what CCUS must
    # learn.
    for_ccus: list[tuple[UUID, date]] = field(default_factory=list)
    # Sites whose structure gained a business or worker.
    structure_sites: set[UUID] = field(default_factory=set)


async def fold(
    session: AsyncSession, tenant_id: UUID, inputs: Sequence[DayInput], source: WorkDaySource
) -> Folded:
    """Upsert the work days of `inputs`, and the structure their first days make."""
    days = merge_inputs(inputs)
    result = Folded()
    if not days:
        return result
    site_ids = [day.site_id for day in days]
    worker_ids = [day.worker_id for day in days]
    business_ids = [day.business_id for day in days]
    result.structure_sites |= await SiteBusinessRepository(session).join_at_first_tier(
        tenant_id, site_ids, business_ids
    )
    result.structure_sites |= await SiteWorkerRepository(session).join_on_first_day(
        tenant_id, site_ids, worker_ids, business_ids, [day.work_date for day in days]
    )
    upserted = await upsert_days(session, tenant_id, days, source)
    for day in upserted:
        result.days[day.key] = day.id
        if day.for_ccus:
            result.for_ccus.append((day.id, day.key[2]))
    await tell_partners(session, tenant_id, upserted, result.structure_sites)
    return result


async def take_turn(session: AsyncSession, tenant_id: UUID) -> bool:
    """One fold per tenant at a time, for this transaction: side by side they would only
    contend for the same rows and cores. False when another fold has the turn."""
    return await take_turn_of(session, FOLD_TASK, tenant_id, wait=False)


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
    events_repository = AttendanceEventRepository(session)
    events = await events_repository.claim_waiting(tenant_id, limit)
    if not events:
        return 0
    boundary = await TenantRepository(session).day_boundary_hour(tenant_id)
    memo_sites = await SiteRepository(session).work_location_memos(
        tenant_id, {event.site_id for event in events}
    )
    businesses = await WorkerRepository(session).business_ids(
        tenant_id, {event.worker_id for event in events}
    )
    # A site or worker deleted between the answer and the fold: the event can make no day.
    await events_repository.reject(
        tenant_id, "site.not_found", [e for e in events if e.site_id not in memo_sites]
    )
    await events_repository.reject(
        tenant_id,
        "worker.not_found",
        [e for e in events if e.site_id in memo_sites and e.worker_id not in businesses],
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
    await queue_work_days(session, settings, tenant_id, folded.for_ccus)
    await queue_structure(session, settings, tenant_id, folded.structure_sites)
    # A site or worker deleted while this fold ran makes no day: its events wait for the next
    # fold, which rejects them.
    await events_repository.link(
        tenant_id,
        [
            (event, folded.days[key])
            for event, work_date in foldable
            if (key := (event.site_id, event.worker_id, work_date)) in folded.days
        ],
    )
    return len(events)
