"""The CCUS screens: CCUS連携結果, 連携予約 and 連携キャンセル, CCUSID有効確認, CCUS取得."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.subject import AuthSubject
from api.ccus.catalogue import advice_for
from api.ccus.errors import (
    CcusDoesNotKnow,
    CcusRefusedAuthentication,
    CcusUnreachable,
    EntityNotLinked,
    OutboxEntryNotFound,
    OutboxNotPending,
    OutboxStillOpen,
)
from api.ccus.gateway import CcusGateway, CcusNotFound, CcusRejected, CcusUnavailable
from api.ccus.hooks import enqueue
from api.ccus.owners import entity_repository
from api.ccus.repositories import OutboxRepository
from api.ccus.schemas import (
    IdCheckCounts,
    IdCheckEntry,
    IdCheckRun,
    IdCheckSummary,
    KindCounts,
    Label,
    OutboxEntry,
    RemoteDifference,
    RemoteEntity,
    ResultDay,
)
from api.ccus.senders.entities import entity_secret
from api.ccus.wakeups import request_id_checks
from api.ccus.wire import EntityKind
from api.config import Settings
from api.kit.crypto import FieldCipher
from api.kit.pagination import PageParams
from api.kit.turns_repository import take_turn
from api.models.ccus_outbox import OutboxKind, OutboxStatus

ID_CHECK_REQUEST_TURN = "ccus.id_checks.request"
ID_CHECK_PROGRESS_URL = "/api/v1/ccus/id-checks"

KIND_TABLES = {
    "sites": OutboxKind.site,
    "businesses": OutboxKind.business,
    "workers": OutboxKind.worker,
}


def outbox_entry(row: Any) -> OutboxEntry:
    payload = row.payload or {}
    return OutboxEntry(
        id=row.id,
        kind=row.kind,
        entity_id=row.entity_id,
        status=row.status,
        scheduled_for=row.scheduled_for,
        attempts=row.attempts,
        sent_at=row.sent_at,
        resolved_at=row.resolved_at,
        hold_code=row.hold_code,
        hold_message=row.hold_message,
        error_code=row.error_code,
        error_message=row.error_message,
        advice=advice_for(row.error_code or row.hold_code),
        site=Label(
            id=row.site_id, name=row.site_name, ccus_id=row.ccus_site_id or payload.get("site_id")
        )
        if row.site_id or payload
        else None,
        business=Label(
            id=row.business_id,
            name=row.business_name,
            ccus_id=row.ccus_business_id or payload.get("business_id"),
        )
        if row.business_id or payload
        else None,
        worker=Label(
            id=row.worker_id,
            name=row.worker_name,
            ccus_id=row.ccus_worker_id or payload.get("worker_id"),
        )
        if row.worker_id or payload
        else None,
        work_date=row.work_date
        or (date.fromisoformat(payload["work_date"]) if payload.get("work_date") else None),
    )


async def result_days(
    session: AsyncSession, subject: AuthSubject, first: date, last: date
) -> list[ResultDay]:
    days: dict[date, ResultDay] = {}
    for row in await OutboxRepository(session).result_days(subject, first, last):
        day = days.setdefault(row.day, ResultDay(day=row.day, kinds={}))
        day.kinds[OutboxKind(row.kind)] = KindCounts(
            processed=row.processed, succeeded=row.succeeded, failed=row.failed, held=row.held
        )
    return list(days.values())


async def outbox_page(
    session: AsyncSession,
    subject: AuthSubject,
    statuses: Sequence[OutboxStatus],
    kind: OutboxKind | None,
    day: date | None,
    page: PageParams,
) -> tuple[list[OutboxEntry], int]:
    rows, total = await OutboxRepository(session).page(
        subject, statuses=statuses, kind=kind, day=day, page=page
    )
    return [outbox_entry(row) for row in rows], total


async def _entry(session: AsyncSession, subject: AuthSubject, outbox_id: UUID) -> Any:
    row = await OutboxRepository(session).row(subject, outbox_id)
    if row is None:
        raise OutboxEntryNotFound()
    return row


async def cancel(session: AsyncSession, subject: AuthSubject, outbox_id: UUID) -> OutboxEntry:
    """連携キャンセル: a queued send that has not gone out."""
    await _entry(session, subject, outbox_id)
    if not await OutboxRepository(session).cancel(subject.tenant_id, outbox_id):
        raise OutboxNotPending()
    return outbox_entry(await _entry(session, subject, outbox_id))


async def resend(
    session: AsyncSession, subject: AuthSubject, settings: Settings, outbox_id: UUID
) -> OutboxEntry:
    """再送: the entity's current state, at once (after fixing what CCUS refused)."""
    row = await _entry(session, subject, outbox_id)
    if row.status in (OutboxStatus.pending, OutboxStatus.sending, OutboxStatus.awaiting_result):
        raise OutboxStillOpen()
    await enqueue(
        session,
        settings,
        subject.tenant_id,
        OutboxKind(row.kind),
        [row.entity_id],
        payload=row.payload,
        immediate=True,
    )
    fresh = await OutboxRepository(session).pending_id(
        subject.tenant_id, OutboxKind(row.kind), row.entity_id
    )
    return outbox_entry(await _entry(session, subject, fresh))


async def id_check_summary(session: AsyncSession, subject: AuthSubject) -> IdCheckSummary:
    week = await _id_check_counts(session, subject.tenant_id, datetime.now(UTC) - timedelta(days=7))
    overall = await _id_check_counts(session, subject.tenant_id, None)

    def counts(values: dict[str, tuple[int, int, int]]) -> dict[str, IdCheckCounts]:
        return {
            table: IdCheckCounts(succeeded=ok, failed=failed, total=ok + failed)
            for table, (ok, failed, _) in values.items()
        }

    return IdCheckSummary(
        week=counts(week),
        overall=counts(overall),
        remaining={table: value[2] for table, value in overall.items()},
    )


async def _id_check_counts(
    session: AsyncSession, tenant_id: UUID, since: datetime | None
) -> dict[str, tuple[int, int, int]]:
    """Per table: (succeeded, failed, still to check) among linked entities."""
    return {
        table: await entity_repository(session, kind).ccus_check_counts(tenant_id, since)
        for table, kind in KIND_TABLES.items()
    }


async def id_check_page(
    session: AsyncSession, subject: AuthSubject, table: str, failed_only: bool, page: PageParams
) -> tuple[list[IdCheckEntry], int]:
    repository = entity_repository(session, KIND_TABLES[table])
    rows, total = await repository.ccus_check_page(subject.tenant_id, failed_only, page)
    entries = [
        IdCheckEntry(
            id=row.id,
            name=row.name,
            ccus_id=row.ccus_id,
            checked_at=row.ccus_checked_at,
            valid=None if row.ccus_checked_at is None else row.ccus_status == "synced",
            error_code=row.ccus_error_code,
            error_message=row.ccus_error_message,
            advice=advice_for(row.ccus_error_code),
        )
        for row in rows
    ]
    return entries, total


async def start_id_checks(session: AsyncSession, subject: AuthSubject) -> IdCheckRun:
    """まとめて確認: every linked entity, in a job; `remaining` in the summary shows progress.
    Presses of one window share a job. A press while another is marking the tenant's rows
    joins it: marking them twice at once would only make the two wait on (or deadlock over)
    the same rows."""
    if await take_turn(session, ID_CHECK_REQUEST_TURN, subject.tenant_id, wait=False):
        for kind in KIND_TABLES.values():
            await entity_repository(session, kind).request_ccus_checks(subject.tenant_id)
    return IdCheckRun(
        id=request_id_checks(session, subject.tenant_id), progress_url=ID_CHECK_PROGRESS_URL
    )


_REMOTE_FIELDS = {
    "sites": (
        "ccus_site_id",
        {"name": "name", "period_start": "period_start", "period_end": "period_end"},
    ),
    "businesses": ("ccus_business_id", {"name": "name", "name_kana": "name_kana"}),
    "workers": ("ccus_worker_id", {"birth_date": "birth_date"}),
}


async def remote(
    session: AsyncSession,
    subject: AuthSubject,
    gateway: CcusGateway,
    cipher: FieldCipher,
    table: str,
    entity_id: UUID,
    ours: Any,
) -> RemoteEntity:
    column, compared = _REMOTE_FIELDS[table]
    ccus_id = getattr(ours, column)
    if not ccus_id:
        raise EntityNotLinked()
    kind = EntityKind(KIND_TABLES[table].value)
    try:
        secret = entity_secret(cipher, ours) if table != "sites" else None
        entity = await gateway.get_entity(kind, ccus_id, secret)
    except CcusNotFound as error:
        raise CcusDoesNotKnow(error.message) from error
    except CcusUnavailable as error:
        raise CcusUnreachable(error.message) from error
    except CcusRejected as error:
        raise CcusRefusedAuthentication(f"{error.code} {error.message}") from error
    data = dict(entity.data)
    if table == "workers":
        compared = {**compared, "name": "name"}
        ours_values = {
            "name": f"{ours.family_name} {ours.given_name}",
            "birth_date": ours.birth_date.isoformat(),
        }
    else:
        ours_values = {field: _plain(getattr(ours, field)) for field in compared}
    differences = [
        RemoteDifference(field=field, ours=ours_values.get(field), ccus=data.get(remote_field))
        for field, remote_field in compared.items()
        if remote_field in data and data.get(remote_field) != ours_values.get(field)
    ]
    return RemoteEntity(kind=kind.value, ccus_id=ccus_id, data=data, differences=differences)


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value
