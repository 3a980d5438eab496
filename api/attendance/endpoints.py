from __future__ import annotations

from enum import StrEnum
from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Depends, Path, Query, Response, status

from api.attendance import (
    bulk_entry,
    calendar,
    exports,
    manual_entry,
    work_day_deletion,
    work_day_edit,
    work_day_queries,
)
from api.attendance.errors import WorkDayExists, WorkDayNotFound
from api.attendance.repository import SORTABLE, Row, WorkDayFilters
from api.attendance.schemas import (
    BulkEntry,
    BulkResult,
    Career,
    DayState,
    Ref,
    SiteCalendar,
    UsageFee,
    WorkDay,
    WorkDayCreate,
    WorkDayUpdate,
)
from api.auth.deps import AttendanceRead, AttendanceWrite
from api.auth.errors import AUTH_ERRORS
from api.db import SessionDep
from api.deps import SettingsDep
from api.errors import ValidationFailed, error_responses
from api.imports.columns import Column
from api.imports.workbook import write_workbook
from api.kit.downloads import XLSX_MEDIA_TYPE, XLSX_OR_CSV_RESPONSE, attachment
from api.kit.pagination import PageDep
from api.kit.schemas import ListResource, Pagination
from api.kit.sorting import sort_query
from api.kit.temporal import Month, PeriodDate
from api.models.ccus_state import CcusState
from api.models.ccus_status import CcusStatus
from api.sites.errors import SiteNotFound
from api.workers.errors import WorkerNotFound

router = APIRouter(prefix="/attendance", tags=["attendance"])
calendar_router = APIRouter(tags=["attendance"])

WorkDayID = Annotated[UUID, Path(description="Work day id.")]
MonthQuery = Annotated[Month, Query(description="YYYY-MM")]


class ExportFormat(StrEnum):
    xlsx = "xlsx"
    csv = "csv"


def work_day_schema(row: Row) -> WorkDay:
    work_day, site, worker, business = row
    return WorkDay.model_validate(
        {
            **{
                field: getattr(work_day, field)
                for field in WorkDay.model_fields
                if hasattr(work_day, field)
            },
            "site": Ref(id=site.id, code=site.code, name=site.name),
            "worker": Ref(
                id=worker.id, code=worker.code, name=f"{worker.family_name} {worker.given_name}"
            ),
            "business": Ref(id=business.id, code=business.code, name=business.name),
            "state": calendar.day_state(work_day),
        }
    )


def work_day_filters(
    site_id: UUID | None = None,
    business_id: UUID | None = None,
    worker_id: UUID | None = None,
    date_from: PeriodDate | None = None,
    date_to: PeriodDate | None = None,
    ccus_status: CcusStatus | None = None,
    ccus_state: CcusState | None = None,
    state: DayState | None = None,
    sort: Annotated[str | None, sort_query(SORTABLE)] = None,
) -> WorkDayFilters:
    return WorkDayFilters(
        site_id=site_id,
        business_id=business_id,
        worker_id=worker_id,
        date_from=date_from,
        date_to=date_to,
        ccus_status=ccus_status,
        ccus_state=ccus_state,
        state=state.value if state else None,
        sort=sort,
    )


FiltersDep = Annotated[WorkDayFilters, Depends(work_day_filters)]


@router.get(
    "",
    summary="List work days (就業履歴一覧)",
    response_model=ListResource[WorkDay],
    responses=error_responses(*AUTH_ERRORS, ValidationFailed),
)
async def list_work_days(
    subject: AttendanceRead, session: SessionDep, page: PageDep, filters: FiltersDep
) -> ListResource[WorkDay]:
    rows, total, exact = await work_day_queries.list_work_days(session, subject, filters, page)
    return ListResource[WorkDay](
        items=[work_day_schema(row) for row in rows],
        pagination=Pagination.of(total, page.page, page.limit, exact=exact),
    )


@router.get(
    "/export",
    summary="Export work days",
    response_class=Response,
    responses={**XLSX_OR_CSV_RESPONSE, **error_responses(*AUTH_ERRORS, ValidationFailed)},
)
async def export_work_days(
    subject: AttendanceRead,
    session: SessionDep,
    filters: FiltersDep,
    format: ExportFormat = ExportFormat.xlsx,
) -> Response:
    rows = exports.cells(await work_day_queries.export_work_days(session, subject, filters))
    if format is ExportFormat.csv:
        return attachment(exports.to_csv(rows), "text/csv; charset=utf-8", "就業履歴.csv")
    columns = [Column(header, f"c{index}") for index, header in enumerate(exports.HEADERS)]
    return attachment(write_workbook("就業履歴", columns, rows), XLSX_MEDIA_TYPE, "就業履歴.xlsx")


@router.post(
    "",
    summary="Register a work day by hand (手動登録)",
    status_code=status.HTTP_201_CREATED,
    response_model=WorkDay,
    responses=error_responses(*AUTH_ERRORS, SiteNotFound, ValidationFailed, WorkDayExists),
)
async def create_work_day(
    body: WorkDayCreate, subject: AttendanceWrite, session: SessionDep, settings: SettingsDep
) -> WorkDay:
    """For a day a worker forgot to check in. The work date follows from the times (Asia/Tokyo
    and the tenant's day boundary); the business and worker join the site as for terminals."""
    return work_day_schema(await manual_entry.create_work_day(session, subject, settings, body))


@router.post(
    "/bulk",
    summary="Register work days in bulk (一括登録)",
    response_model=BulkResult,
    responses=error_responses(*AUTH_ERRORS, SiteNotFound, ValidationFailed),
)
async def bulk_register_work_days(
    body: BulkEntry, subject: AttendanceWrite, session: SessionDep, settings: SettingsDep
) -> BulkResult:
    """Every row on every day of the range, merged into existing days; any bad row and nothing
    is written (errors name `rows.{i}.{field}`). Retired workers are refused."""
    return BulkResult(work_days=await bulk_entry.bulk_entry(session, subject, settings, body))


@router.get(
    "/{work_day_id}",
    summary="Get a work day",
    response_model=WorkDay,
    responses=error_responses(*AUTH_ERRORS, WorkDayNotFound),
)
async def get_work_day(
    work_day_id: WorkDayID, subject: AttendanceRead, session: SessionDep
) -> WorkDay:
    return work_day_schema(await work_day_queries.get_work_day(session, subject, work_day_id))


@router.patch(
    "/{work_day_id}",
    summary="Correct a work day",
    response_model=WorkDay,
    responses=error_responses(*AUTH_ERRORS, WorkDayNotFound, ValidationFailed),
)
async def update_work_day(
    work_day_id: WorkDayID,
    body: WorkDayUpdate,
    subject: AttendanceWrite,
    session: SessionDep,
    settings: SettingsDep,
) -> WorkDay:
    """Audited; the day goes back to `ccus_status=pending` so CCUS learns the correction."""
    return work_day_schema(
        await work_day_edit.update_work_day(session, subject, settings, work_day_id, body)
    )


@router.delete(
    "/{work_day_id}",
    summary="Delete a work day",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=error_responses(*AUTH_ERRORS, WorkDayNotFound),
)
async def delete_work_day(
    work_day_id: WorkDayID, subject: AttendanceWrite, session: SessionDep, settings: SettingsDep
) -> None:
    """Audited; a day CCUS may already hold is queued for deletion there too."""
    await work_day_deletion.delete_work_day(session, subject, settings, work_day_id)


@calendar_router.get(
    "/sites/{site_id}/calendar",
    summary="Monthly calendar of a site (月別カレンダー)",
    response_model=SiteCalendar,
    responses=error_responses(*AUTH_ERRORS, SiteNotFound, ValidationFailed),
)
async def get_site_calendar(
    site_id: UUID,
    subject: AttendanceRead,
    session: SessionDep,
    month: MonthQuery,
) -> SiteCalendar:
    return await calendar.site_calendar(session, subject, site_id, month)


@calendar_router.get(
    "/sites/{site_id}/usage-fee",
    summary="Site usage fee preview (現場利用料)",
    response_model=UsageFee,
    responses=error_responses(*AUTH_ERRORS, SiteNotFound, ValidationFailed),
)
async def get_site_usage_fee(
    site_id: UUID,
    subject: AttendanceRead,
    session: SessionDep,
    month: MonthQuery,
) -> UsageFee:
    """10 yen per person-day per site, from the month's work days."""
    return await calendar.usage_fee(session, subject, site_id, month)


@calendar_router.get(
    "/workers/{worker_id}/career",
    summary="A worker's days toward the CCUS skill levels",
    response_model=Career,
    responses=error_responses(*AUTH_ERRORS, WorkerNotFound),
)
async def get_worker_career(
    worker_id: UUID, subject: AttendanceRead, session: SessionDep
) -> Career:
    """Days CCUS accepted, against the thresholds 645 / 1,505 / 2,150 days (levels 2 / 3 / 4)."""
    return await calendar.career(session, subject, worker_id)
