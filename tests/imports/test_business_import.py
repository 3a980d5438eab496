"""Importing businesses: Shift_JIS CSV, branch limits, duplicate codes."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.imports.columns import BUSINESS_COLUMNS
from api.models.business import Business
from api.models.user import UserRole
from tests.fixtures.factories import (
    bearer,
    create_branch,
    create_tenant,
    create_user,
)
from tests.imports.helpers import business_row, csv_text, sheet, upload
from tests.imports.job_env import ImportEnv, count_rows


class TestBusinessImport:
    async def test_shift_jis_csv_with_branch_names_imports_every_row(
        self,
        client: AsyncClient,
        session: AsyncSession,
        settings: Settings,
        env: ImportEnv,
    ) -> None:
        tenant = await create_tenant(session)
        branch = await create_branch(session, tenant, name="本社")
        headers = bearer(settings, await create_user(session, tenant))
        rows = [
            business_row("本社", code="B0100"),
            business_row(
                branch.code, code="B0101", name="(株)熊谷設備", name_kana="くまがやせつび"
            ),
        ]
        content = csv_text(BUSINESS_COLUMNS, rows).encode("cp932")
        response = await upload(client, headers, "businesses", content, file_name="事業者.csv")
        result = await env.imported(headers, response.json()["id"])

        assert result["status"] == "succeeded", result
        stored = (
            (
                await session.execute(
                    select(Business).where(Business.tenant_id == tenant.id).order_by(Business.code)
                )
            )
            .scalars()
            .all()
        )
        assert [(b.code, b.name_kana, b.phone, b.prefecture_code) for b in stored] == [
            ("B0100", "アサガヤテッキンコウギョウ", "0864567891", "13"),
            ("B0101", "クマガヤセツビ", "0864567891", "13"),
        ]

    async def test_a_branch_limited_user_cannot_import_into_another_branch(
        self,
        client: AsyncClient,
        session: AsyncSession,
        settings: Settings,
        env: ImportEnv,
    ) -> None:
        tenant = await create_tenant(session)
        own = await create_branch(session, tenant, name="東京支店")
        await create_branch(session, tenant, name="大阪支店")
        headers = bearer(
            settings, await create_user(session, tenant, UserRole.staff, branches=[own])
        )
        content = sheet(
            BUSINESS_COLUMNS, [business_row("東京支店"), business_row("大阪支店", name="(株)大阪")]
        )
        response = await upload(client, headers, "businesses", content)
        result = await env.imported(headers, response.json()["id"])

        assert result["error_code"] == "import.rows_invalid"
        assert [(e["row"], e["column"], e["code"]) for e in result["row_errors"]] == [
            (3, "所属支店", "branch.not_found")
        ]
        assert await count_rows(session, Business, tenant.id) == 0

    async def test_duplicate_codes_in_one_file_are_reported_on_the_later_row(
        self,
        client: AsyncClient,
        session: AsyncSession,
        settings: Settings,
        env: ImportEnv,
    ) -> None:
        tenant = await create_tenant(session)
        await create_branch(session, tenant, name="本社")
        headers = bearer(settings, await create_user(session, tenant))
        content = sheet(
            BUSINESS_COLUMNS, [business_row("本社", code="B1"), business_row("本社", code="B1")]
        )
        result = await env.imported(
            headers, (await upload(client, headers, "businesses", content)).json()["id"]
        )

        assert [(e["row"], e["code"]) for e in result["row_errors"]] == [
            (3, "import.duplicate_in_file")
        ]
