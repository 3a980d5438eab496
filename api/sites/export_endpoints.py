"""GET /sites/export: 現場一覧 as CSV, narrowed by the list's own filters."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter
from fastapi.responses import StreamingResponse

from api.auth.deps import RegistryRead
from api.auth.errors import AUTH_ERRORS
from api.db import SessionDep
from api.errors import ValidationFailed, error_responses
from api.kit.downloads import CSV_MEDIA_TYPE
from api.sites import exports
from api.sites.export_repository import export_rows, staff_names
from api.sites.params import FiltersDep

router = APIRouter(prefix="/sites", tags=["sites"])

_FILE_NAME = "現場一覧.csv"


@router.get(
    "/export",
    summary="Export sites to CSV",
    response_class=StreamingResponse,
    responses={
        200: {"content": {CSV_MEDIA_TYPE: {"schema": {"type": "string"}}}},
        **error_responses(*AUTH_ERRORS, ValidationFailed),
    },
)
async def export_sites(
    subject: RegistryRead, session: SessionDep, filters: FiltersDep
) -> StreamingResponse:
    """UTF-8 with a BOM (Excel in Japanese opens it as is); CCUS連携 as the list says it."""
    rows = await export_rows(session, subject, filters)
    staff = await staff_names(session, subject.tenant_id, [row[0].id for row in rows])
    disposition = f"attachment; filename=\"sites.csv\"; filename*=UTF-8''{quote(_FILE_NAME)}"
    return StreamingResponse(
        exports.site_csv(rows, staff),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": disposition},
    )
