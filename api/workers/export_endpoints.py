"""GET /workers/export: the filtered list as an Excel workbook."""

from __future__ import annotations

from fastapi import APIRouter, Response

from api.auth.deps import RegistryRead
from api.auth.errors import AUTH_ERRORS
from api.db import SessionDep
from api.errors import ValidationFailed, error_responses
from api.imports.columns import SHEET_NAMES, WORKER_COLUMNS
from api.imports.workbook import write_workbook
from api.kit.downloads import XLSX_MEDIA_TYPE, XLSX_RESPONSE, attachment
from api.models.import_job import ImportKind
from api.workers import reading
from api.workers.params import FiltersDep

router = APIRouter(prefix="/workers", tags=["workers"])


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
    rows = await reading.export_workers(session, subject, filters)
    content = write_workbook(SHEET_NAMES[ImportKind.workers], WORKER_COLUMNS, rows)
    return attachment(content, XLSX_MEDIA_TYPE, "技能者一覧.xlsx")
