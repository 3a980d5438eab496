"""Terminal ingestion: check each event on its own, answer replays from what was stored, and
store every event with its answer in one transaction. The answer waits for nothing more: the
worker folds the accepted events into work days right after (api/terminal/folding.py)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from json.encoder import encode_basestring_ascii as _quote
from typing import Any
from uuid import UUID

from pydantic import TypeAdapter, ValidationError
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from api.attendance.days import work_date_of
from api.auth.subject import AuthSubject
from api.config import Settings
from api.models.attendance import EventResult
from api.models.site import Site
from api.models.tenant import Tenant
from api.models.worker import Worker
from api.terminal.folding import request_fold
from api.terminal.schemas import BatchOutcome, EventOutcome, EventStatus, TerminalEvent

_EVENT = TypeAdapter(TerminalEvent)

_MESSAGES = {
    "event.invalid": "The event does not match the format.",
    "event.id_reused": "This event id was already used for an event with other content.",
    "site.not_found": "No such site.",
    "site.out_of_scope": "This terminal may not send events for the site.",
    "worker.not_found": "No worker matches the identification.",
    "worker.retired": "The worker had retired on that day.",
    "time.in_future": "The time lies in the future.",
    "time.too_old": "The event is older than attendance is accepted for.",
    "work_location.unknown": "The site has no such work location (作業場所).",
    "work_location.required": "The site is a まとめ現場: name the work location (作業場所).",
}


# Outcomes are built from values this module chose, hundreds per batch: constructing them
# without validation keeps a batch's answer from costing as much as its checks.
def _accepted(event_id: str) -> EventOutcome:
    return EventOutcome.model_construct(event_id=event_id, status=EventStatus.accepted)


def _duplicate(event_id: str, work_day_id: UUID | None) -> EventOutcome:
    return EventOutcome.model_construct(
        event_id=event_id, status=EventStatus.duplicate, work_day_id=work_day_id
    )


def _rejected(event_id: str | None, code: str, message: str | None = None) -> EventOutcome:
    return EventOutcome.model_construct(
        event_id=event_id,
        status=EventStatus.rejected,
        code=code,
        message=message or _MESSAGES.get(code),
    )


def content_hash(event: TerminalEvent) -> bytes:
    """SHA-256 of the event's content as `json.dumps(…, sort_keys=True)` writes it — the form
    stored hashes were made with — spelled out, since the generic encoder was a third of the
    time spent parsing a batch."""
    worker = (
        f"[{_quote(str(event.worker_id or ''))}, {_quote(event.worker_code or '')}, "
        f"{_quote(event.ccus_worker_id or '')}]"
    )
    canonical = (
        f'{{"kind": {_quote(event.kind)}, '
        f'"occurred_at": {_quote(event.occurred_at.astimezone(UTC).isoformat())}, '
        f'"site_id": {_quote(str(event.site_id))}, '
        f'"work_location": {_quote(event.work_location or "")}, "worker": {worker}}}'
    )
    return hashlib.sha256(canonical.encode()).digest()


# Replays are found by the insert's conflicts and answered from here, one index probe per id:
# `event_id = ANY(…)` next to the tenant and terminal made the planner filter every event the
# terminal ever sent whenever its statistics lagged behind a burst.
_STORED_EVENTS = text(
    """
    SELECT e.event_id, e.content_hash, e.result, e.reject_code, e.work_day_id
    FROM unnest(CAST(:ids AS text[])) AS u(event_id)
    CROSS JOIN LATERAL (
        SELECT event_id, content_hash, result, reject_code, work_day_id FROM attendance_events
        WHERE tenant_id = :tenant_id AND terminal_id = :terminal_id AND event_id = u.event_id
        OFFSET 0
    ) AS e
    """
)


@dataclass(frozen=True)
class _Stored:
    content_hash: bytes
    result: EventResult
    reject_code: str | None
    work_day_id: UUID | None


@dataclass(frozen=True)
class _WorkerRow:
    id: UUID
    code: str
    ccus_worker_id: str | None
    business_id: UUID
    retired_on: date | None


@dataclass
class _Pending:
    index: int
    event: TerminalEvent
    digest: bytes
    site: Site | None = None
    worker: _WorkerRow | None = None
    work_date: date | None = None
    code: str | None = None


async def _sites(
    session: AsyncSession, tenant_id: UUID, ids: set[UUID]
) -> tuple[int, dict[UUID, Site]]:
    """The tenant's day boundary and the batch's sites, in one round trip."""
    statement = (
        select(Tenant.day_boundary_hour, Site)
        .select_from(Tenant)
        .outerjoin(Site, (Site.tenant_id == Tenant.id) & Site.id.in_(ids))
        .where(Tenant.id == tenant_id)
    )
    rows = (await session.execute(statement)).all()
    boundary = rows[0][0] if rows else 0
    return boundary, {row[1].id: row[1] for row in rows if row[1] is not None}


async def _workers(
    session: AsyncSession, tenant_id: UUID, events: Sequence[TerminalEvent]
) -> tuple[dict[UUID, _WorkerRow], dict[str, _WorkerRow], dict[str, _WorkerRow]]:
    ids = {event.worker_id for event in events if event.worker_id}
    codes = {event.worker_code for event in events if event.worker_code}
    ccus_ids = {event.ccus_worker_id for event in events if event.ccus_worker_id}
    statement = select(
        Worker.id, Worker.code, Worker.ccus_worker_id, Worker.business_id, Worker.retired_on
    ).where(
        Worker.tenant_id == tenant_id,
        Worker.id.in_(ids) | Worker.code.in_(codes) | Worker.ccus_worker_id.in_(ccus_ids),
    )
    by_id: dict[UUID, _WorkerRow] = {}
    by_code: dict[str, _WorkerRow] = {}
    by_ccus: dict[str, _WorkerRow] = {}
    for row in (await session.execute(statement)).all():
        worker = _WorkerRow(*row)
        by_id[worker.id] = worker
        by_code[worker.code] = worker
        # A CCUS ID may belong to a retired record and to the same person registered again:
        # the active registration wins.
        if worker.ccus_worker_id and (
            worker.retired_on is None or worker.ccus_worker_id not in by_ccus
        ):
            by_ccus[worker.ccus_worker_id] = worker
    return by_id, by_code, by_ccus


class Ingestion:
    def __init__(self, session: AsyncSession, subject: AuthSubject, settings: Settings) -> None:
        self.session = session
        self.subject = subject
        self.settings = settings
        self.tenant_id = subject.tenant_id
        self.terminal_id = subject.actor_id

    async def run(
        self, raw_events: Sequence[TerminalEvent] | Sequence[dict[str, Any]]
    ) -> BatchOutcome:
        outcomes: list[EventOutcome | None] = [None] * len(raw_events)
        fresh = self._mark_batch_duplicates(self._parse(raw_events, outcomes))
        await self._check(fresh)
        await self._store(fresh, outcomes)
        results = [outcome for outcome in outcomes if outcome is not None]
        return BatchOutcome(
            results=results,
            accepted=sum(1 for r in results if r.status is EventStatus.accepted),
            duplicates=sum(1 for r in results if r.status is EventStatus.duplicate),
            rejected=sum(1 for r in results if r.status is EventStatus.rejected),
        )

    def _parse(
        self, raw_events: Sequence[Any], outcomes: list[EventOutcome | None]
    ) -> list[_Pending]:
        """Events the endpoint validated pass as they are; the others are validated one by one,
        a malformed one answered as rejected."""
        pending: list[_Pending] = []
        for index, raw in enumerate(raw_events):
            if isinstance(raw, TerminalEvent):
                pending.append(_Pending(index, raw, content_hash(raw)))
                continue
            try:
                event = _EVENT.validate_python(raw)
            except ValidationError as error:
                event_id = raw.get("event_id") if isinstance(raw.get("event_id"), str) else None
                first = error.errors(include_url=False, include_input=False)[0]
                where = ".".join(str(part) for part in first["loc"]) or "event"
                outcomes[index] = _rejected(event_id, "event.invalid", f"{where}: {first['msg']}")
                continue
            pending.append(_Pending(index, event, content_hash(event)))
        return pending

    @staticmethod
    def _mark_batch_duplicates(pending: list[_Pending]) -> list[_Pending]:
        """The same id twice in one batch: a copy is answered as the first one is (see _store),
        other content under the same id is a conflict. Events stored by earlier batches are
        found by the insert and answered as then."""
        first_in_batch: dict[str, _Pending] = {}
        for item in pending:
            sibling = first_in_batch.get(item.event.event_id)
            if sibling is None:
                first_in_batch[item.event.event_id] = item
            else:
                item.code = (
                    "batch.duplicate" if sibling.digest == item.digest else "event.id_reused"
                )
        return pending

    async def _stored(self, event_ids: list[str]) -> dict[str, _Stored]:
        if not event_ids:
            return {}
        rows = await self.session.execute(
            _STORED_EVENTS,
            {"tenant_id": self.tenant_id, "terminal_id": self.terminal_id, "ids": event_ids},
        )
        return {
            row.event_id: _Stored(
                row.content_hash, EventResult(row.result), row.reject_code, row.work_day_id
            )
            for row in rows
        }

    @staticmethod
    def _replayed(
        event_id: str,
        stored_hash: bytes,
        digest: bytes,
        result: EventResult,
        code: str | None,
        work_day_id: UUID | None,
    ) -> EventOutcome:
        if stored_hash != digest:
            return _rejected(event_id, "event.id_reused")
        if result is EventResult.rejected:
            return _rejected(event_id, code or "event.invalid")
        return _duplicate(event_id, work_day_id)

    async def _check(self, fresh: list[_Pending]) -> None:
        candidates = [item for item in fresh if item.code is None]
        if not candidates:
            return
        boundary, sites = await _sites(
            self.session, self.tenant_id, {item.event.site_id for item in candidates}
        )
        by_id, by_code, by_ccus = await _workers(
            self.session, self.tenant_id, [item.event for item in candidates]
        )
        now = datetime.now(UTC)
        latest = now + timedelta(seconds=self.settings.attendance_future_tolerance_seconds)
        earliest = now - timedelta(days=self.settings.attendance_max_age_days)
        for item in candidates:
            event = item.event
            item.site = sites.get(event.site_id)
            worker = (
                by_id.get(event.worker_id)
                if event.worker_id
                else by_code.get(event.worker_code)
                if event.worker_code
                else by_ccus.get(event.ccus_worker_id or "")
            )
            item.work_date = work_date_of(event.occurred_at, boundary)
            item.code = self._problem(item, worker, latest, earliest)
            if item.code is None:
                assert worker is not None
                item.worker = worker

    def _problem(
        self, item: _Pending, worker: _WorkerRow | None, latest: datetime, earliest: datetime
    ) -> str | None:
        event, site = item.event, item.site
        if site is None:
            return "site.not_found"
        if self.subject.site_ids is not None and site.id not in self.subject.site_ids:
            return "site.out_of_scope"
        if worker is None:
            return "worker.not_found"
        if (
            worker.retired_on is not None
            and item.work_date is not None
            and item.work_date > worker.retired_on
        ):
            return "worker.retired"
        if event.occurred_at > latest:
            return "time.in_future"
        if event.occurred_at < earliest:
            return "time.too_old"
        if site.work_location_memo and site.work_locations:
            if not event.work_location:
                return "work_location.required"
            if event.work_location not in site.work_locations:
                return "work_location.unknown"
        return None

    async def _store(self, fresh: list[_Pending], outcomes: list[EventOutcome | None]) -> None:
        storable = [
            item for item in fresh if item.code not in ("batch.duplicate", "event.id_reused")
        ]
        answers: dict[str, EventOutcome] = {}
        rows: list[dict[str, Any]] = []
        for item in storable:
            event = item.event
            worker = item.worker
            outcome = (
                _accepted(event.event_id)
                if item.code is None
                else _rejected(event.event_id, item.code)
            )
            answers[event.event_id] = outcome
            outcomes[item.index] = outcome
            rows.append(
                {
                    "event_id": event.event_id,
                    "content_hash": item.digest,
                    "site_id": event.site_id,
                    "worker_id": worker.id if worker else None,
                    "kind": event.kind,
                    "occurred_at": event.occurred_at,
                    "work_location": event.work_location,
                    "result": "accepted" if item.code is None else "rejected",
                    "reject_code": item.code,
                }
            )
        stored_before = await self._insert(rows)
        for item in fresh:
            if item.code == "batch.duplicate":
                first = answers[item.event.event_id]
                outcomes[item.index] = (
                    first
                    if first.status is EventStatus.rejected
                    else _duplicate(item.event.event_id, first.work_day_id)
                )
            elif item.code == "event.id_reused":
                outcomes[item.index] = _rejected(item.event.event_id, "event.id_reused")
        if stored_before:
            await self._answer_stored(fresh, stored_before, outcomes)

    async def _insert(self, rows: list[dict[str, Any]]) -> set[str]:
        """Store the events; returns the ids stored before: replays, or a concurrent request's."""
        if not rows:
            return set()
        columns = {
            "event_ids": ("text[]", "event_id"),
            "hashes": ("bytea[]", "content_hash"),
            "site_ids": ("uuid[]", "site_id"),
            "worker_ids": ("uuid[]", "worker_id"),
            "kinds": ("text[]", "kind"),
            "times": ("timestamptz[]", "occurred_at"),
            "locations": ("text[]", "work_location"),
            "results": ("text[]", "result"),
            "codes": ("text[]", "reject_code"),
        }
        statement = text(
            """
            INSERT INTO attendance_events (id, tenant_id, terminal_id, event_id, content_hash, site_id,
                worker_id, kind, occurred_at, work_location, result, reject_code)
            SELECT gen_random_uuid(), :tenant_id, :terminal_id, u.* FROM unnest(
                CAST(:event_ids AS text[]), CAST(:hashes AS bytea[]), CAST(:site_ids AS uuid[]),
                CAST(:worker_ids AS uuid[]), CAST(:kinds AS text[]), CAST(:times AS timestamptz[]),
                CAST(:locations AS text[]), CAST(:results AS text[]), CAST(:codes AS text[])) AS u
            ON CONFLICT (tenant_id, terminal_id, event_id) DO NOTHING
            RETURNING event_id
            """
        )
        params: dict[str, Any] = {"tenant_id": self.tenant_id, "terminal_id": self.terminal_id}
        for name, (_, key) in columns.items():
            params[name] = [row[key] for row in rows]
        inserted = set((await self.session.execute(statement, params)).scalars())
        if any(row["result"] == "accepted" and row["event_id"] in inserted for row in rows):
            request_fold(self.session, self.tenant_id)
        return {row["event_id"] for row in rows} - inserted

    async def _answer_stored(
        self, fresh: list[_Pending], ids: set[str], outcomes: list[EventOutcome | None]
    ) -> None:
        """Ids an earlier batch (or a concurrent request) stored: answer as that one was, or as a
        conflict when the content differs."""
        stored = await self._stored(sorted(ids))
        for item in fresh:
            row = stored.get(item.event.event_id)
            if row is not None:
                outcomes[item.index] = self._replayed(
                    item.event.event_id,
                    row.content_hash,
                    item.digest,
                    row.result,
                    row.reject_code,
                    row.work_day_id,
                )
