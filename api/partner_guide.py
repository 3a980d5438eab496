"""The partner guide (docs/partners.md), served with the API docs: its text opens the OpenAPI
description (so /docs shows it), and /docs/partners.md serves the file itself."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import PlainTextResponse

GUIDE_PATH = Path(__file__).resolve().parents[1] / "docs" / "partners.md"
GUIDE_URL = "/docs/partners.md"


def guide() -> str:
    return GUIDE_PATH.read_text(encoding="utf-8")


def mount_partner_guide(app: FastAPI) -> None:
    @app.get(GUIDE_URL, include_in_schema=False)
    def partner_guide() -> PlainTextResponse:
        return PlainTextResponse(guide(), media_type="text/markdown; charset=utf-8")
