"""Import templates: Japanese headers with a guide, unknown kinds refused."""

from __future__ import annotations

from urllib.parse import unquote

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.imports.columns import WORKER_COLUMNS
from api.kit.downloads import XLSX_MEDIA_TYPE
from tests.fixtures.factories import (
    bearer,
    create_tenant,
    create_user,
)
from tests.imports.helpers import read_xlsx


class TestTemplates:
    async def test_the_worker_template_has_the_japanese_headers_and_a_guide(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        headers = bearer(settings, await create_user(session, tenant))
        response = await client.get("/api/v1/imports/templates/workers", headers=headers)

        assert response.status_code == 200
        assert response.headers["content-type"] == XLSX_MEDIA_TYPE
        assert "技能者取込テンプレート.xlsx" in unquote(response.headers["content-disposition"])
        data = read_xlsx(response.content)
        assert data[0] == [column.header for column in WORKER_COLUMNS]
        assert "技能者名(姓)" in data[0]
        guide = read_xlsx(response.content, 1)
        assert guide[0] == ["項目", "必須", "記入例", "説明"]
        required = {row[0] for row in guide[1:] if row[1] == "必須"}
        assert required == {column.header for column in WORKER_COLUMNS if column.required}

    async def test_unknown_template_kinds_are_a_validation_error(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        headers = bearer(settings, await create_user(session, tenant))
        response = await client.get("/api/v1/imports/templates/sites", headers=headers)
        assert response.status_code == 422
        assert response.headers["content-type"] == "application/problem+json"
