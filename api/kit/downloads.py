"""File downloads with names in Japanese (RFC 6266 / 5987 filename*)."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import Response


def attachment(content: bytes, media_type: str, file_name: str) -> Response:
    ascii_fallback = file_name.encode("ascii", "ignore").decode() or "download"
    disposition = f"attachment; filename=\"{ascii_fallback}\"; filename*=UTF-8''{quote(file_name)}"
    return Response(content, media_type=media_type, headers={"Content-Disposition": disposition})
