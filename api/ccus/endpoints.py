from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Literal
from uuid import UUID

from fastapi import APIRouter, Path, Query, status

from api.auth.deps import CcusRead, CcusWrite, RegistryRead
from api.auth.errors import AUTH_ERRORS
from api.businesses.reading import get_business
from api.ccus import service
from api.ccus.catalogue import catalogue
from api.ccus.errors import (
    CcusDoesNotKnow,
    CcusRefusedAuthentication,
    CcusUnreachable,
    EntityNotLinked,
    OutboxEntryNotFound,
    OutboxNotPending,
    OutboxStillOpen,
)
from api.ccus.filters import OutboxFiltersDep, from_body, with_statuses
from api.ccus.id_check_list import check_one, id_check_page
from api.ccus.repositories.filters import OutboxFilters
from api.ccus.resend import FAILURES, resend, resend_many
from api.ccus.schemas import (
    CatalogueItem,
    IdCheckEntry,
    IdCheckRun,
    IdCheckSummary,
    OutboxEntry,
    RemoteEntity,
    Requeued,
    ResendRequest,
    ResultDay,
)
from api.db import SessionDep
from api.deps import CcusDep, CipherDep, SettingsDep
from api.errors import ValidationFailed, error_responses
from api.kit.ccus_check_filters import CheckResult, IdCheckFilters
from api.kit.fields import CcusIdPrefix
from api.kit.japan import business_today
from api.kit.pagination import PageDep
from api.kit.schemas import ListResource, Pagination
from api.kit.temporal import PeriodDate
from api.models.ccus_outbox import OutboxKind, OutboxStatus
from api.sites.reading import get_site
from api.workers.reading import get_worker

router = APIRouter(prefix="/ccus", tags=["ccus"])

EntityTable = Literal["sites", "businesses", "workers"]
OutboxID = Annotated[UUID, Path(description="Outbox entry id.")]


@router.get(
    "/results",
    summary="CCUS連携結果: counts per day and kind",
    response_model=list[ResultDay],
    responses=error_responses(*AUTH_ERRORS, ValidationFailed),
)
async def list_ccus_results(
    subject: CcusRead,
    session: SessionDep,
    date_from: PeriodDate | None = None,
    date_to: PeriodDate | None = None,
) -> list[ResultDay]:
    """Processed / succeeded / failed per day (Asia/Tokyo) and kind; the last 7 days by default."""
    last = date_to or business_today()
    first = date_from or last - timedelta(days=6)
    return await service.result_days(session, subject, first, last)


@router.get(
    "/results/failures",
    summary="CCUS連携結果: the failed records",
    response_model=ListResource[OutboxEntry],
    responses=error_responses(*AUTH_ERRORS, ValidationFailed),
)
async def list_ccus_failures(
    subject: CcusRead,
    session: SessionDep,
    page: PageDep,
    filters: OutboxFiltersDep,
    status_: Annotated[
        list[OutboxStatus] | None,
        Query(
            alias="status",
            description="Refused and held by default.",
            max_length=len(OutboxStatus),
        ),
    ] = None,
) -> ListResource[OutboxEntry]:
    """Whose each record is (支店, 現場, 事業者, 技能者 with their CCUS IDs, the date), CCUS's
    code and message or genba's hold, and what to fix."""
    chosen = with_statuses(filters, status_ or FAILURES)
    items, total = await service.outbox_page(session, subject, chosen, page)
    return ListResource[OutboxEntry](
        items=items, pagination=Pagination.of(total, page.page, page.limit)
    )


@router.get(
    "/reservations",
    summary="連携予約: sends waiting for their time",
    response_model=ListResource[OutboxEntry],
    responses=error_responses(*AUTH_ERRORS, ValidationFailed),
)
async def list_ccus_reservations(
    subject: CcusRead, session: SessionDep, page: PageDep, kind: OutboxKind | None = None
) -> ListResource[OutboxEntry]:
    filters = OutboxFilters(statuses=(OutboxStatus.pending, OutboxStatus.held), kind=kind)
    items, total = await service.outbox_page(session, subject, filters, page)
    return ListResource[OutboxEntry](
        items=items, pagination=Pagination.of(total, page.page, page.limit)
    )


@router.post(
    "/reservations/{outbox_id}/cancel",
    summary="連携キャンセル",
    response_model=OutboxEntry,
    responses=error_responses(*AUTH_ERRORS, OutboxEntryNotFound, OutboxNotPending),
)
async def cancel_ccus_reservation(
    outbox_id: OutboxID, subject: CcusWrite, session: SessionDep
) -> OutboxEntry:
    return await service.cancel(session, subject, outbox_id)


@router.get(
    "/outbox",
    summary="CCUS sends: failures, pending sends (連携予約) and the rest",
    response_model=ListResource[OutboxEntry],
    responses=error_responses(*AUTH_ERRORS, ValidationFailed),
)
async def list_ccus_outbox(
    subject: CcusRead,
    session: SessionDep,
    page: PageDep,
    filters: OutboxFiltersDep,
    status_: Annotated[
        list[OutboxStatus] | None, Query(alias="status", max_length=len(OutboxStatus))
    ] = None,
) -> ListResource[OutboxEntry]:
    """Refused records carry CCUS's code and message and what to fix (`advice`)."""
    chosen = with_statuses(filters, status_ or list(OutboxStatus))
    items, total = await service.outbox_page(session, subject, chosen, page)
    return ListResource[OutboxEntry](
        items=items, pagination=Pagination.of(total, page.page, page.limit)
    )


@router.post(
    "/outbox/resend",
    summary="再送 of many: the rows named, or every row a filter means",
    response_model=Requeued,
    responses=error_responses(*AUTH_ERRORS, ValidationFailed),
)
async def resend_many_to_ccus(
    body: ResendRequest, subject: CcusWrite, session: SessionDep, settings: SettingsDep
) -> Requeued:
    """Refused and held rows among them go out again now, each with its entity's current
    state; rows still on their way are left alone."""
    filters = from_body(body.filter, body.ids)
    return Requeued(requeued=await resend_many(session, subject, filters))


@router.get(
    "/outbox/{outbox_id}",
    summary="One CCUS send: whose, its state, code and what to fix",
    response_model=OutboxEntry,
    responses=error_responses(*AUTH_ERRORS, OutboxEntryNotFound),
)
async def get_ccus_outbox_entry(
    outbox_id: OutboxID, subject: CcusRead, session: SessionDep
) -> OutboxEntry:
    return await service.outbox_row(session, subject, outbox_id)


@router.post(
    "/outbox/{outbox_id}/resend",
    summary="Send again, now",
    status_code=status.HTTP_201_CREATED,
    response_model=OutboxEntry,
    responses=error_responses(*AUTH_ERRORS, OutboxEntryNotFound, OutboxStillOpen),
)
async def resend_to_ccus(
    outbox_id: OutboxID, subject: CcusWrite, session: SessionDep, settings: SettingsDep
) -> OutboxEntry:
    """After fixing what CCUS refused: the entity's current state goes out at once."""
    return await resend(session, subject, settings, outbox_id)


@router.get(
    "/id-checks",
    summary="CCUSID有効確認: counts",
    response_model=IdCheckSummary,
    responses=error_responses(*AUTH_ERRORS),
)
async def get_id_check_summary(subject: CcusRead, session: SessionDep) -> IdCheckSummary:
    return await service.id_check_summary(session, subject)


@router.post(
    "/id-checks",
    summary="Check every CCUS ID now (まとめて確認)",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=IdCheckRun,
    responses=error_responses(*AUTH_ERRORS),
)
async def start_id_checks(subject: CcusWrite, session: SessionDep) -> IdCheckRun:
    """Runs as a job; the counts and lists show the results as they come in. Pressed again
    while it runs, the same job (within a second) or one after it answers."""
    return await service.start_id_checks(session, subject)


@router.get(
    "/id-checks/{table}",
    summary="CCUSID有効確認: per entity",
    response_model=ListResource[IdCheckEntry],
    responses=error_responses(*AUTH_ERRORS, ValidationFailed),
)
async def list_id_checks(
    table: EntityTable,
    subject: CcusRead,
    session: SessionDep,
    page: PageDep,
    failed_only: bool = False,
    result: CheckResult | None = None,
    ccus_id: Annotated[
        CcusIdPrefix | None, Query(description="The CCUS ID, or its first digits.")
    ] = None,
    business_id: Annotated[
        UUID | None, Query(description="Workers of this business; the business itself.")
    ] = None,
    date_from: Annotated[PeriodDate | None, Query(description="Checked on or after.")] = None,
    date_to: Annotated[PeriodDate | None, Query(description="Checked on or before.")] = None,
) -> ListResource[IdCheckEntry]:
    filters = IdCheckFilters(
        result=CheckResult.failed if failed_only and result is None else result,
        ccus_id=ccus_id,
        business_id=business_id,
        date_from=date_from,
        date_to=date_to,
    )
    items, total = await id_check_page(session, subject, table, filters, page)
    return ListResource[IdCheckEntry](
        items=items, pagination=Pagination.of(total, page.page, page.limit)
    )


@router.post(
    "/id-checks/{table}/{entity_id}",
    summary="確認: check one entity's CCUS ID now",
    response_model=IdCheckEntry,
    responses=error_responses(*AUTH_ERRORS, EntityNotLinked, CcusUnreachable),
)
async def check_one_id(
    table: EntityTable,
    entity_id: UUID,
    subject: CcusWrite,
    session: SessionDep,
    gateway: CcusDep,
    cipher: CipherDep,
) -> IdCheckEntry:
    """The row's answer at once; a ○ sends what was held or refused for it."""
    return await check_one(session, subject, gateway, cipher, table, entity_id)


@router.get(
    "/remote/{table}/{entity_id}",
    summary="CCUS取得: what CCUS holds, and the differences",
    response_model=RemoteEntity,
    responses=error_responses(
        *AUTH_ERRORS, EntityNotLinked, CcusDoesNotKnow, CcusRefusedAuthentication, CcusUnreachable
    ),
)
async def get_remote_entity(
    table: EntityTable,
    entity_id: UUID,
    subject: RegistryRead,
    session: SessionDep,
    gateway: CcusDep,
    cipher: CipherDep,
) -> RemoteEntity:
    """Staff review the differences, then apply what they accept with the usual update."""
    loaders = {"sites": get_site, "businesses": get_business, "workers": get_worker}
    ours = await loaders[table](session, subject, entity_id)
    return await service.remote(session, subject, gateway, cipher, table, entity_id, ours)


@router.get(
    "/errors",
    summary="The CCUS error catalogue",
    response_model=list[CatalogueItem],
    responses=error_responses(*AUTH_ERRORS),
)
async def list_ccus_errors(subject: CcusRead) -> list[CatalogueItem]:
    return [
        CatalogueItem(
            code=e.code, kind=e.kind, retryable=e.retryable, message=e.message, advice=e.advice
        )
        for e in catalogue().values()
    ]
