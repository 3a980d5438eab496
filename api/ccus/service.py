"""The CCUS screens: CCUS連携結果, 連携予約 and 連携キャンセル, CCUSID有効確認, CCUS取得."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.subject import AuthSubject
from api.ccus.entries import outbox_entry
from api.ccus.errors import (
    CcusDoesNotKnow,
    CcusRefusedAuthentication,
    CcusUnreachable,
    EntityNotLinked,
    OutboxEntryNotFound,
    OutboxNotPending,
)
from api.ccus.gateway import CcusGateway, CcusNotFound, CcusRejected, CcusUnavailable
from api.ccus.owners import entity_repository
from api.ccus.repositories import OutboxRepository
from api.ccus.repositories.filters import OutboxFilters
from api.ccus.schemas import (
    IdCheckCounts,
    IdCheckRun,
    IdCheckSummary,
    KindCounts,
    OutboxEntry,
    RemoteDifference,
    RemoteEntity,
    ResultDay,
)
from api.ccus.subjects import structure_subjects
from api.ccus.wakeups import request_id_checks
from api.ccus.wire import EntityKind
from api.kit.crypto import FieldCipher
from api.kit.pagination import PageParams
from api.kit.sealed import secret_of
from api.kit.turns_repository import take_turn
from api.models.ccus_outbox import OutboxKind

ID_CHECK_REQUEST_TURN = "ccus.id_checks.request"
ID_CHECK_PROGRESS_URL = "/api/v1/ccus/id-checks"

KIND_TABLES = {
    "sites": OutboxKind.site,
    "businesses": OutboxKind.business,
    "workers": OutboxKind.worker,
}


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
    session: AsyncSession, subject: AuthSubject, filters: OutboxFilters, page: PageParams
) -> tuple[list[OutboxEntry], int]:
    rows, total = await OutboxRepository(session).page(subject, filters, page)
    subjects = await structure_subjects(session, subject.tenant_id, rows)
    return [outbox_entry(row, subjects.get(row.OutboxRow.id, ())) for row in rows], total


async def outbox_row(session: AsyncSession, subject: AuthSubject, outbox_id: UUID) -> OutboxEntry:
    row = await OutboxRepository(session).row(subject, outbox_id)
    if row is None:
        raise OutboxEntryNotFound()
    subjects = await structure_subjects(session, subject.tenant_id, [row])
    return outbox_entry(row, subjects.get(outbox_id, ()))


async def cancel(session: AsyncSession, subject: AuthSubject, outbox_id: UUID) -> OutboxEntry:
    """連携キャンセル: a queued send that has not gone out."""
    await outbox_row(session, subject, outbox_id)
    if not await OutboxRepository(session).cancel(subject.tenant_id, outbox_id):
        raise OutboxNotPending()
    return await outbox_row(session, subject, outbox_id)


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


async def start_id_checks(session: AsyncSession, subject: AuthSubject) -> IdCheckRun:
    """まとめて確認: every linked entity, in a job; `remaining` in the summary shows progress.
    Presses of one window share a job. A press while another is marking the tenant's rows
    joins it: marking them twice at once would only make the two wait on (or deadlock over)
    the same rows."""
    if await take_turn(session, ID_CHECK_REQUEST_TURN, subject.tenant_id, wait=False):
        for kind in KIND_TABLES.values():
            await entity_repository(session, kind).request_ccus_checks(subject.tenant_id)
    return IdCheckRun(
        job_id=request_id_checks(session, subject.tenant_id), progress_url=ID_CHECK_PROGRESS_URL
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
        secret = secret_of(cipher, ours) if table != "sites" else None
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
