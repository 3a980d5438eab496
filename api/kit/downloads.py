"""File downloads with names in Japanese (RFC 6266 / 5987 filename*)."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from fastapi import Response

XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_MEDIA_TYPE = "text/csv"
# An export stops at this many rows; narrower filters give the rest.
EXPORT_MAX_ROWS = 100_000

_XLSX_CONTENT = {XLSX_MEDIA_TYPE: {"schema": {"type": "string", "format": "binary"}}}
# OpenAPI `responses` of operations that answer a file instead of JSON.
XLSX_RESPONSE: dict[int | str, dict[str, Any]] = {200: {"content": _XLSX_CONTENT}}
XLSX_OR_CSV_RESPONSE: dict[int | str, dict[str, Any]] = {
    200: {"content": {**_XLSX_CONTENT, CSV_MEDIA_TYPE: {"schema": {"type": "string"}}}}
}


def attachment(content: bytes, media_type: str, file_name: str) -> Response:
    ascii_fallback = file_name.encode("ascii", "ignore").decode() or "download"
    disposition = f"attachment; filename=\"{ascii_fallback}\"; filename*=UTF-8''{quote(file_name)}"
    return Response(content, media_type=media_type, headers={"Content-Disposition": disposition})
