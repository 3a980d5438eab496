"""attendance_events: what terminals sent, with the answer each event got, and the fold's queue.

Lookups go through `LATERAL (… OFFSET 0)` or `unnest` with one index probe per event: a plain
join or `= ANY(…)` let the planner read everything a terminal or tenant ever stored whenever its
statistics lagged behind a burst of inserts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, NamedTuple
from uuid import UUID

from sqlalchemy import select, text

from api.attendance.partition_repository import add_months
from api.kit.japan import TOKYO
from api.kit.repository import TenantScopedRepository
from api.models.attendance import UNFOLDED, AttendanceEvent, EventResult
from api.models.site import Site
from api.models.tenant import Tenant
from api.models.worker import Worker

# The key says which month the stored event is in, so its lookup reads that partition only. A
# month detached since (older than anything kept) leaves the key: the id stays used.
STORED_EVENTS = text(
    """
    SELECT k.event_id, k.content_hash, e.result, e.reject_code, e.work_day_id
    FROM unnest(CAST(:ids AS text[])) AS u(event_id)
    CROSS JOIN LATERAL (
        SELECT event_id, content_hash, id, occurred_at FROM attendance_event_keys
        WHERE tenant_id = :tenant_id AND terminal_id = :terminal_id AND event_id = u.event_id
        OFFSET 0
    ) AS k
    LEFT JOIN LATERAL (
        SELECT result, reject_code, work_day_id FROM attendance_events
        WHERE tenant_id = :tenant_id AND id = k.id AND occurred_at = k.occurred_at
        OFFSET 0
    ) AS e ON true
    """
)

# An event is stored only if its id was free: the key's ON CONFLICT is the replay rule across
# all months (the events' own unique key holds within one month only).
_INSERT = text(
    """
    WITH input AS (
        SELECT gen_random_uuid() AS id, u.* FROM unnest(
            CAST(:event_ids AS text[]), CAST(:hashes AS bytea[]), CAST(:site_ids AS uuid[]),
            CAST(:worker_ids AS uuid[]), CAST(:kinds AS text[]), CAST(:times AS timestamptz[]),
            CAST(:locations AS text[]), CAST(:results AS text[]), CAST(:codes AS text[]))
        AS u(event_id, content_hash, site_id, worker_id, kind, occurred_at, work_location,
             result, reject_code)
    ), claimed AS (
        INSERT INTO attendance_event_keys (tenant_id, terminal_id, event_id, content_hash, id,
                                           occurred_at)
        SELECT :tenant_id, :terminal_id, event_id, content_hash, id, occurred_at FROM input
        ON CONFLICT (tenant_id, terminal_id, event_id) DO NOTHING
        RETURNING event_id
    )
    INSERT INTO attendance_events (id, tenant_id, terminal_id, event_id, content_hash, site_id,
        worker_id, kind, occurred_at, work_location, result, reject_code)
    SELECT i.id, :tenant_id, :terminal_id, i.event_id, i.content_hash, i.site_id,
           i.worker_id, i.kind, i.occurred_at, i.work_location, i.result, i.reject_code
    FROM input i JOIN claimed c ON c.event_id = i.event_id
    RETURNING event_id
    """
)
# Parameter of _INSERT → key of a stored row.
_INSERT_COLUMNS = {
    "event_ids": "event_id",
    "hashes": "content_hash",
    "site_ids": "site_id",
    "worker_ids": "worker_id",
    "kinds": "kind",
    "times": "occurred_at",
    "locations": "work_location",
    "results": "result",
    "codes": "reject_code",
}

CLAIM = text(
    f"""
    SELECT id, site_id, worker_id, kind, occurred_at, work_location FROM attendance_events
    WHERE tenant_id = :tenant_id AND {UNFOLDED}
    ORDER BY id
    LIMIT :limit
    FOR UPDATE SKIP LOCKED
    """
)

# The queue's own predicate, so the update never looks past the partial index. The update
# reads the months between the events' first and last time only: PostgreSQL 15 prunes an
# UPDATE's partitions by the values it is planned with (every statement is), not row by row.
LINK = text(
    f"""
    UPDATE attendance_events SET work_day_id = u.day_id
    FROM unnest(CAST(:ids AS uuid[]), CAST(:times AS timestamptz[]), CAST(:day_ids AS uuid[]))
        AS u(event_id, occurred_at, day_id)
    WHERE tenant_id = :tenant_id AND id = u.event_id
      AND attendance_events.occurred_at = u.occurred_at
      AND attendance_events.occurred_at BETWEEN :earliest AND :latest AND {UNFOLDED}
    """
)

_REJECT = text(
    """
    UPDATE attendance_events SET result = 'rejected', reject_code = :code
    FROM unnest(CAST(:ids AS uuid[]), CAST(:times AS timestamptz[])) AS u(event_id, occurred_at)
    WHERE tenant_id = :tenant_id AND id = u.event_id
      AND attendance_events.occurred_at = u.occurred_at
      AND attendance_events.occurred_at BETWEEN :earliest AND :latest
    """
)


@dataclass(frozen=True)
class StoredEvent:
    content_hash: bytes
    result: EventResult
    reject_code: str | None
    work_day_id: UUID | None


class WaitingEvent(NamedTuple):
    """A tuple, not a dataclass: a fold builds thousands at a time."""

    id: UUID
    site_id: UUID
    worker_id: UUID
    kind: str
    occurred_at: datetime
    work_location: str | None


@dataclass(frozen=True)
class EventWorker:
    """What checking an event needs of the worker it names."""

    id: UUID
    code: str
    ccus_worker_id: str | None
    business_id: UUID
    retired_on: date | None


class AttendanceEventRepository(TenantScopedRepository[AttendanceEvent]):
    model = AttendanceEvent

    async def insert_batch(
        self, tenant_id: UUID, terminal_id: UUID, rows: Sequence[dict[str, Any]]
    ) -> set[str]:
        """Store the events; answers the ids this call inserted (the others were stored before:
        replays, or a concurrent request's)."""
        params: dict[str, Any] = {"tenant_id": tenant_id, "terminal_id": terminal_id}
        for name, key in _INSERT_COLUMNS.items():
            params[name] = [row[key] for row in rows]
        return set((await self.session.execute(_INSERT, params)).scalars())

    async def stored(
        self, tenant_id: UUID, terminal_id: UUID, event_ids: Sequence[str]
    ) -> dict[str, StoredEvent]:
        if not event_ids:
            return {}
        rows = await self.session.execute(
            STORED_EVENTS, {"tenant_id": tenant_id, "terminal_id": terminal_id, "ids": event_ids}
        )
        return {
            row.event_id: (
                StoredEvent(
                    row.content_hash, EventResult(row.result), row.reject_code, row.work_day_id
                )
                if row.result is not None
                # Its month was detached: older than kept, so older than anything accepted.
                else StoredEvent(row.content_hash, EventResult.rejected, "time.too_old", None)
            )
            for row in rows
        }

    async def day_boundary_and_sites(
        self, tenant_id: UUID, site_ids: set[UUID]
    ) -> tuple[int, dict[UUID, Site]]:
        """The tenant's day boundary and the batch's sites, in one round trip."""
        statement = (
            select(Tenant.day_boundary_hour, Site)
            .select_from(Tenant)
            .outerjoin(Site, (Site.tenant_id == Tenant.id) & Site.id.in_(site_ids))
            .where(Tenant.id == tenant_id)
        )
        rows = (await self.session.execute(statement)).all()
        boundary = rows[0][0] if rows else 0
        return boundary, {row[1].id: row[1] for row in rows if row[1] is not None}

    async def workers_named(
        self, tenant_id: UUID, ids: set[UUID], codes: set[str], ccus_ids: set[str]
    ) -> list[EventWorker]:
        """The workers events name by id, code or CCUS ID."""
        statement = select(
            Worker.id, Worker.code, Worker.ccus_worker_id, Worker.business_id, Worker.retired_on
        ).where(
            Worker.tenant_id == tenant_id,
            Worker.id.in_(ids) | Worker.code.in_(codes) | Worker.ccus_worker_id.in_(ccus_ids),
        )
        return [EventWorker(*row) for row in (await self.session.execute(statement)).all()]

    async def claim_waiting(self, tenant_id: UUID, limit: int) -> list[WaitingEvent]:
        """Up to `limit` events of the queue, locked; folds side by side never take the same."""
        rows = await self.session.execute(CLAIM, {"tenant_id": tenant_id, "limit": limit})
        return [WaitingEvent._make(row) for row in rows.all()]

    async def link(
        self, tenant_id: UUID, days_of_events: Sequence[tuple[WaitingEvent, UUID]]
    ) -> None:
        """Each event (event, work day id) leaves the queue for the day it went into."""
        await self.session.execute(
            LINK,
            {
                "tenant_id": tenant_id,
                "ids": [event.id for event, _ in days_of_events],
                "day_ids": [day_id for _, day_id in days_of_events],
                **_times([event for event, _ in days_of_events]),
            },
        )

    async def reject(self, tenant_id: UUID, code: str, events: Sequence[WaitingEvent]) -> None:
        if events:
            await self.session.execute(
                _REJECT,
                {
                    "tenant_id": tenant_id,
                    "code": code,
                    "ids": [event.id for event in events],
                    **_times(events),
                },
            )


def _times(events: Sequence[WaitingEvent]) -> dict[str, Any]:
    """The events' times, and the whole months they fall in: the partitions an update of them
    reads. Whole months, not the times' own span: a span of a few seconds made the planner
    expect one row of the tenant's queue and read all of it instead of probing each event."""
    times = [event.occurred_at for event in events]
    return {"times": times, **months_spanned(times)}


def months_spanned(times: Sequence[datetime]) -> dict[str, datetime | None]:
    """`earliest` and `latest` of the Tokyo months these times fall in."""
    if not times:
        return {"earliest": None, "latest": None}
    return {
        "earliest": _month_start(_tokyo_month(min(times))),
        "latest": _month_start(add_months(_tokyo_month(max(times)), 1)) - timedelta(microseconds=1),
    }


def _tokyo_month(instant: datetime) -> date:
    return instant.astimezone(TOKYO).date().replace(day=1)


def _month_start(month: date) -> datetime:
    """The Tokyo month's first instant: the partitions' bounds."""
    return datetime.combine(month, time(), tzinfo=TOKYO)
