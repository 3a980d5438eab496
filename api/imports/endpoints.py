from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, File, Form, Path, Query, Response, UploadFile, status

from api.auth.deps import RegistryImport, RegistryRead
from api.auth.errors import AUTH_ERRORS
from api.db import SessionDep
from api.deps import CipherDep, SettingsDep
from api.errors import ValidationFailed, error_responses
from api.imports import service
from api.imports.columns import COLUMNS, SHEET_NAMES
from api.imports.errors import (
    ImportFileEmpty,
    ImportFileTooLarge,
    ImportFileUnsupported,
    ImportNotFound,
)
from api.imports.schemas import ImportJob
from api.imports.workbook import write_workbook
from api.kit.downloads import XLSX_MEDIA_TYPE, XLSX_RESPONSE, attachment
from api.kit.pagination import PageDep
from api.kit.schemas import ListResource, Pagination
from api.models.import_job import ImportKind, ImportMode

router = APIRouter(prefix="/imports", tags=["imports"])


@router.post(
    "",
    summary="Upload a spreadsheet to import",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=ImportJob,
    responses=error_responses(
        *AUTH_ERRORS, ValidationFailed, ImportFileEmpty, ImportFileUnsupported, ImportFileTooLarge
    ),
)
async def create_import(
    subject: RegistryImport,
    session: SessionDep,
    settings: SettingsDep,
    cipher: CipherDep,
    file: Annotated[UploadFile, File(description="The filled-in template, .xlsx or .csv.")],
    kind: Annotated[ImportKind, Form()],
    mode: Annotated[
        ImportMode,
        Form(description="all_or_nothing (default): any bad row and nothing is written."),
    ] = ImportMode.all_or_nothing,
) -> ImportJob:
    """Accepted at once and run as a job: poll GET /imports/{id} for progress and per-row errors."""
    content = await file.read(settings.import_max_bytes + 1)
    job = await service.create_import(
        session,
        subject,
        settings,
        cipher,
        kind=kind,
        mode=mode,
        file_name=file.filename or "upload",
        content=content,
    )
    return ImportJob.model_validate(job)


@router.get(
    "",
    summary="List imports",
    response_model=ListResource[ImportJob],
    responses=error_responses(*AUTH_ERRORS, ValidationFailed),
)
async def list_imports(
    subject: RegistryRead,
    session: SessionDep,
    page: PageDep,
    kind: Annotated[ImportKind | None, Query()] = None,
) -> ListResource[ImportJob]:
    rows, total = await service.list_imports(session, subject, kind, page)
    return ListResource[ImportJob](
        items=[ImportJob.model_validate(row) for row in rows],
        pagination=Pagination.of(total, page.page, page.limit),
    )


@router.get(
    "/templates/{kind}",
    summary="Download an import template",
    response_class=Response,
    responses={**XLSX_RESPONSE, **error_responses(*AUTH_ERRORS)},
)
async def download_import_template(
    kind: Annotated[ImportKind, Path()], subject: RegistryRead
) -> Response:
    """An empty sheet with the Japanese headers (required ones highlighted) and a 記入方法 sheet."""
    content = write_workbook(SHEET_NAMES[kind], COLUMNS[kind], with_guide=True)
    return attachment(content, XLSX_MEDIA_TYPE, f"{SHEET_NAMES[kind]}取込テンプレート.xlsx")


@router.get(
    "/{import_id}",
    summary="Get an import's progress and result",
    response_model=ImportJob,
    responses=error_responses(*AUTH_ERRORS, ImportNotFound),
)
async def get_import(
    import_id: Annotated[UUID, Path()], subject: RegistryRead, session: SessionDep
) -> ImportJob:
    return ImportJob.model_validate(await service.get_import(session, subject, import_id))
