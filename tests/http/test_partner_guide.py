"""The partner guide is served with the API docs: at the top of /docs (the OpenAPI
description) and as Markdown at /docs/partners.md."""

from __future__ import annotations

from fastapi import FastAPI
from httpx import AsyncClient

from api.partner_guide import GUIDE_PATH


async def test_the_partner_guide_is_served_with_the_docs(client: AsyncClient, app: FastAPI) -> None:
    answer = await client.get("/docs/partners.md")
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/markdown")
    assert answer.text == GUIDE_PATH.read_text(encoding="utf-8")
    description = app.openapi()["info"]["description"]
    for section in (
        "## Authentication",
        "idempotent protocol",
        "## Errors",
        "Verifying signatures",
    ):
        assert section in description
    assert (await client.get("/docs")).status_code == 200
