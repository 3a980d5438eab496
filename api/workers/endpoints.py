from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Depends, Path, Query, Response, status

from api.auth.deps import RegistryRead, RegistryWrite, SecretsReveal
from api.auth.errors import AUTH_ERRORS
from api.businesses.schemas import RevealedVerificationNumber
from api.db import SessionDep
from api.deps import CipherDep, SettingsDep
from api.errors import ValidationFailed, error_responses
from api.imports.columns import SHEET_NAMES, WORKER_COLUMNS
from api.imports.workbook import write_workbook
from api.kit.downloads import XLSX_MEDIA_TYPE, XLSX_RESPONSE, attachment
from api.kit.fields import Text4, Text14, Text20, Text32, Text100
from api.kit.pagination import PageDep
from api.kit.schemas import ListResource, Pagination
from api.kit.sorting import sort_query
from api.kit.verification import masked
from api.models.import_job import ImportKind
from api.models.worker import Worker as WorkerRow
from api.workers import service
from api.workers.errors import WorkerHasHistory, WorkerNotFound
from api.workers.repository import SORTABLE, RetirementFilter, WorkerFilters
from api.workers.schemas import Worker, WorkerCreate, WorkerUpdate

router = APIRouter(prefix="/workers", tags=["workers"])

WorkerID = Annotated[UUID, Path(description="Worker id.")]
_COMPUTED = {
    "phones",
    "occupation_ids",
    "verification_number",
    "business",
    "primary_occupation",
    "is_retired",
}


def worker_schema(row: WorkerRow) -> Worker:
    fields = {name: getattr(row, name) for name in Worker.model_fields if name not in _COMPUTED}
    return Worker.model_validate(
        {
            **fields,
            "business": row.business,
            "primary_occupation": row.primary_occupation,
            "phones": row.phone_numbers,
            "occupation_ids": row.occupation_ids,
            "verification_number": masked(row.verification_number_encrypted),
            "is_retired": row.is_retired,
        }
    )


def worker_filters(
    business_id: UUID | None = None,
    branch_id: UUID | None = None,
    code: Annotated[Text32 | None, Query()] = None,
    name: Annotated[
        Text100 | None, Query(description="Partial match of name, kana or alias.")
    ] = None,
    ccus_worker_id: Annotated[Text14 | None, Query()] = None,
    phone: Annotated[Text20 | None, Query()] = None,
    employment_type_code: Annotated[Text4 | None, Query()] = None,
    site_id: Annotated[UUID | None, Query(description="Workers who entered this site.")] = None,
    status: RetirementFilter = RetirementFilter.active,
    sort: Annotated[str | None, sort_query(SORTABLE)] = None,
) -> WorkerFilters:
    return WorkerFilters(
        business_id=business_id,
        branch_id=branch_id,
        code=code,
        name=name,
        ccus_worker_id=ccus_worker_id,
        phone=phone,
        employment_type_code=employment_type_code,
        site_id=site_id,
        status=status,
        sort=sort,
    )


FiltersDep = Annotated[WorkerFilters, Depends(worker_filters)]


@router.get(
    "",
    summary="List workers",
    response_model=ListResource[Worker],
    responses=error_responses(*AUTH_ERRORS, ValidationFailed),
)
async def list_workers(
    subject: RegistryRead, session: SessionDep, page: PageDep, filters: FiltersDep
) -> ListResource[Worker]:
    """技能者一覧; active workers unless `status` says otherwise."""
    rows, total = await service.list_workers(session, subject, filters, page)
    return ListResource[Worker](
        items=[worker_schema(row) for row in rows],
        pagination=Pagination.of(total, page.page, page.limit),
    )


@router.post(
    "",
    summary="Register a worker",
    status_code=status.HTTP_201_CREATED,
    response_model=Worker,
    responses=error_responses(*AUTH_ERRORS, ValidationFailed),
)
async def create_worker(
    body: WorkerCreate,
    subject: RegistryWrite,
    session: SessionDep,
    settings: SettingsDep,
    cipher: CipherDep,
) -> Worker:
    return worker_schema(await service.create_worker(session, subject, settings, cipher, body))


@router.get(
    "/export",
    summary="Export workers to Excel",
    response_class=Response,
    responses={**XLSX_RESPONSE, **error_responses(*AUTH_ERRORS, ValidationFailed)},
)
async def export_workers(
    subject: RegistryRead, session: SessionDep, filters: FiltersDep
) -> Response:
    """The filtered list in the import template's columns (本人確認番号 left out)."""
    rows = await service.export_workers(session, subject, filters)
    content = write_workbook(SHEET_NAMES[ImportKind.workers], WORKER_COLUMNS, rows)
    return attachment(content, XLSX_MEDIA_TYPE, "技能者一覧.xlsx")


@router.get(
    "/{worker_id}",
    summary="Get a worker",
    response_model=Worker,
    responses=error_responses(*AUTH_ERRORS, WorkerNotFound),
)
async def get_worker(worker_id: WorkerID, subject: RegistryRead, session: SessionDep) -> Worker:
    return worker_schema(await service.get_worker(session, subject, worker_id))


@router.patch(
    "/{worker_id}",
    summary="Update or retire a worker",
    response_model=Worker,
    responses=error_responses(*AUTH_ERRORS, WorkerNotFound, ValidationFailed),
)
async def update_worker(
    worker_id: WorkerID,
    body: WorkerUpdate,
    subject: RegistryWrite,
    session: SessionDep,
    settings: SettingsDep,
    cipher: CipherDep,
) -> Worker:
    return worker_schema(
        await service.update_worker(session, subject, settings, cipher, worker_id, body)
    )


@router.delete(
    "/{worker_id}",
    summary="Delete a worker without history",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=error_responses(*AUTH_ERRORS, WorkerNotFound, WorkerHasHistory),
)
async def delete_worker(worker_id: WorkerID, subject: RegistryWrite, session: SessionDep) -> None:
    """A worker with any history can only be retired."""
    await service.delete_worker(session, subject, worker_id)


@router.post(
    "/{worker_id}/verification-number/reveal",
    summary="Reveal a worker's 本人確認番号",
    response_model=RevealedVerificationNumber,
    responses=error_responses(*AUTH_ERRORS, WorkerNotFound),
)
async def reveal_worker_verification_number(
    worker_id: WorkerID, subject: SecretsReveal, session: SessionDep, cipher: CipherDep
) -> RevealedVerificationNumber:
    """Administrators only; every reveal is written to the audit log."""
    value = await service.reveal_verification_number(session, subject, cipher, worker_id)
    return RevealedVerificationNumber(verification_number=value)
