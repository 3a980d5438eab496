"""代表電話番号 in an import goes through the same landline field type as the API."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.imports.columns import BUSINESS_COLUMNS
from tests.fixtures.factories import bearer, create_branch, create_tenant, create_user
from tests.imports.helpers import business_row, sheet, upload
from tests.imports.job_env import ImportEnv


async def test_a_mobile_number_is_refused_in_an_import(
    client: AsyncClient, session: AsyncSession, settings: Settings, env: ImportEnv
) -> None:
    tenant = await create_tenant(session)
    await create_branch(session, tenant, name="本社")
    headers = bearer(settings, await create_user(session, tenant))
    content = sheet(BUSINESS_COLUMNS, [business_row("本社", code="B1", phone="080-6152-6730")])
    result = await env.imported(
        headers, (await upload(client, headers, "businesses", content)).json()["id"]
    )
    assert [(e["row"], e["column"], e["code"]) for e in result["row_errors"]] == [
        (2, "代表電話番号", "phone.mobile_not_allowed")
    ]
