"""GET /businesses/export: the filtered list as an Excel workbook."""

from __future__ import annotations

from fastapi import APIRouter, Response

from api.auth.deps import RegistryRead
from api.auth.errors import AUTH_ERRORS
from api.businesses import reading
from api.businesses.params import FiltersDep
from api.db import SessionDep
from api.errors import ValidationFailed, error_responses
from api.imports.columns import BUSINESS_COLUMNS, SHEET_NAMES
from api.imports.workbook import write_workbook
from api.kit.downloads import XLSX_MEDIA_TYPE, XLSX_RESPONSE, attachment
from api.models.import_job import ImportKind

router = APIRouter(prefix="/businesses", tags=["businesses"])


@router.get(
    "/export",
    summary="Export businesses to Excel",
    response_class=Response,
    responses={**XLSX_RESPONSE, **error_responses(*AUTH_ERRORS, ValidationFailed)},
)
async def export_businesses(
    subject: RegistryRead, session: SessionDep, filters: FiltersDep
) -> Response:
    """The filtered list in the import template's columns (本人確認番号 left out)."""
    rows = await reading.export_businesses(session, subject, filters)
    content = write_workbook(SHEET_NAMES[ImportKind.businesses], BUSINESS_COLUMNS, rows)
    return attachment(content, XLSX_MEDIA_TYPE, "事業者一覧.xlsx")
