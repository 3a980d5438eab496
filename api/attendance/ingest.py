"""Terminal ingestion: check each event on its own, answer replays from what was stored, and
store every event with its answer in one transaction. The answer waits for nothing more: the
worker folds the accepted events into work days right after (api/attendance/fold.py)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date
from json.encoder import encode_basestring_ascii as _quote
from typing import Any
from uuid import UUID

from pydantic import TypeAdapter, ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from api.attendance.days import work_date_of
from api.attendance.event_repository import AttendanceEventRepository, EventWorker, StoredEvent
from api.attendance.fold import request_fold
from api.attendance.rules import TimeWindow, site_in_scope, worked_after_retiring
from api.attendance.terminal_schemas import BatchOutcome, EventOutcome, EventStatus, TerminalEvent
from api.auth.subject import AuthSubject
from api.config import Settings
from api.models.attendance import EventResult
from api.models.site import Site

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


@dataclass
class _Pending:
    index: int
    event: TerminalEvent
    digest: bytes
    site: Site | None = None
    worker: EventWorker | None = None
    work_date: date | None = None
    code: str | None = None


@dataclass(frozen=True)
class _Workers:
    """The workers a batch names, by each way an event may name one."""

    by_id: dict[UUID, EventWorker]
    by_code: dict[str, EventWorker]
    by_ccus_id: dict[str, EventWorker]

    @classmethod
    def of(cls, rows: Sequence[EventWorker]) -> _Workers:
        workers = cls({}, {}, {})
        for worker in rows:
            workers.by_id[worker.id] = worker
            workers.by_code[worker.code] = worker
            # A CCUS ID may belong to a retired record and to the same person registered
            # again: the active registration wins.
            if worker.ccus_worker_id and (
                worker.retired_on is None or worker.ccus_worker_id not in workers.by_ccus_id
            ):
                workers.by_ccus_id[worker.ccus_worker_id] = worker
        return workers

    def named_by(self, event: TerminalEvent) -> EventWorker | None:
        if event.worker_id:
            return self.by_id.get(event.worker_id)
        if event.worker_code:
            return self.by_code.get(event.worker_code)
        return self.by_ccus_id.get(event.ccus_worker_id or "")


async def ingest(
    session: AsyncSession,
    subject: AuthSubject,
    settings: Settings,
    raw_events: Sequence[TerminalEvent] | Sequence[dict[str, Any]],
) -> BatchOutcome:
    """Check, store and answer one terminal batch."""
    outcomes: list[EventOutcome | None] = [None] * len(raw_events)
    fresh = _mark_batch_duplicates(_parse(raw_events, outcomes))
    repository = AttendanceEventRepository(session)
    await _check(repository, subject, settings, fresh)
    await _store(repository, subject, fresh, outcomes)
    results = [outcome for outcome in outcomes if outcome is not None]
    return BatchOutcome(
        results=results,
        accepted=sum(1 for r in results if r.status is EventStatus.accepted),
        duplicates=sum(1 for r in results if r.status is EventStatus.duplicate),
        rejected=sum(1 for r in results if r.status is EventStatus.rejected),
    )


def _parse(raw_events: Sequence[Any], outcomes: list[EventOutcome | None]) -> list[_Pending]:
    """Events the endpoint validated pass as they are; the others are validated one by one, a
    malformed one answered as rejected."""
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


def _mark_batch_duplicates(pending: list[_Pending]) -> list[_Pending]:
    """The same id twice in one batch: a copy is answered as the first one is (see _store),
    other content under the same id is a conflict. Events stored by earlier batches are found by
    the insert and answered as then."""
    first_in_batch: dict[str, _Pending] = {}
    for item in pending:
        sibling = first_in_batch.get(item.event.event_id)
        if sibling is None:
            first_in_batch[item.event.event_id] = item
        else:
            item.code = "batch.duplicate" if sibling.digest == item.digest else "event.id_reused"
    return pending


def _replayed(event_id: str, stored: StoredEvent, digest: bytes) -> EventOutcome:
    if stored.content_hash != digest:
        return _rejected(event_id, "event.id_reused")
    if stored.result is EventResult.rejected:
        return _rejected(event_id, stored.reject_code or "event.invalid")
    return _duplicate(event_id, stored.work_day_id)


async def _check(
    repository: AttendanceEventRepository,
    subject: AuthSubject,
    settings: Settings,
    fresh: list[_Pending],
) -> None:
    candidates = [item for item in fresh if item.code is None]
    if not candidates:
        return
    events = [item.event for item in candidates]
    boundary, sites = await repository.day_boundary_and_sites(
        subject.tenant_id, {event.site_id for event in events}
    )
    workers = _Workers.of(
        await repository.workers_named(
            subject.tenant_id,
            {event.worker_id for event in events if event.worker_id},
            {event.worker_code for event in events if event.worker_code},
            {event.ccus_worker_id for event in events if event.ccus_worker_id},
        )
    )
    window = TimeWindow.at(settings)
    for item in candidates:
        item.site = sites.get(item.event.site_id)
        worker = workers.named_by(item.event)
        item.work_date = work_date_of(item.event.occurred_at, boundary)
        item.code = _problem(subject, item, worker, window)
        if item.code is None:
            item.worker = worker


def _problem(
    subject: AuthSubject, item: _Pending, worker: EventWorker | None, window: TimeWindow
) -> str | None:
    event, site = item.event, item.site
    if site is None:
        return "site.not_found"
    if not site_in_scope(subject, site.id):
        return "site.out_of_scope"
    if worker is None:
        return "worker.not_found"
    if worked_after_retiring(worker.retired_on, item.work_date):
        return "worker.retired"
    if window.in_future(event.occurred_at):
        return "time.in_future"
    if window.too_old(event.occurred_at):
        return "time.too_old"
    if site.work_location_memo and site.work_locations:
        if not event.work_location:
            return "work_location.required"
        if event.work_location not in site.work_locations:
            return "work_location.unknown"
    return None


async def _store(
    repository: AttendanceEventRepository,
    subject: AuthSubject,
    fresh: list[_Pending],
    outcomes: list[EventOutcome | None],
) -> None:
    storable = [item for item in fresh if item.code not in ("batch.duplicate", "event.id_reused")]
    answers: dict[str, EventOutcome] = {}
    rows: list[dict[str, Any]] = []
    for item in storable:
        event = item.event
        outcome = (
            _accepted(event.event_id) if item.code is None else _rejected(event.event_id, item.code)
        )
        answers[event.event_id] = outcome
        outcomes[item.index] = outcome
        rows.append(
            {
                "event_id": event.event_id,
                "content_hash": item.digest,
                "site_id": event.site_id,
                "worker_id": item.worker.id if item.worker else None,
                "kind": event.kind,
                "occurred_at": event.occurred_at,
                "work_location": event.work_location,
                "result": "accepted" if item.code is None else "rejected",
                "reject_code": item.code,
            }
        )
    stored_before = await _insert(repository, subject, rows)
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
        await _answer_stored(repository, subject, fresh, stored_before, outcomes)


async def _insert(
    repository: AttendanceEventRepository, subject: AuthSubject, rows: list[dict[str, Any]]
) -> set[str]:
    """Store the events; returns the ids stored before: replays, or a concurrent request's."""
    if not rows:
        return set()
    inserted = await repository.insert_batch(subject.tenant_id, subject.actor_id, rows)
    if any(row["result"] == "accepted" and row["event_id"] in inserted for row in rows):
        request_fold(repository.session, subject.tenant_id)
    return {row["event_id"] for row in rows} - inserted


async def _answer_stored(
    repository: AttendanceEventRepository,
    subject: AuthSubject,
    fresh: list[_Pending],
    ids: set[str],
    outcomes: list[EventOutcome | None],
) -> None:
    """Ids an earlier batch (or a concurrent request) stored: answer as that one was, or as a
    conflict when the content differs."""
    stored = await repository.stored(subject.tenant_id, subject.actor_id, sorted(ids))
    for item in fresh:
        row = stored.get(item.event.event_id)
        if row is not None:
            outcomes[item.index] = _replayed(item.event.event_id, row, item.digest)
