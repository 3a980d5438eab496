"""Exports: filters followed, secrets never written, and a list that imports again."""

from __future__ import annotations

from datetime import date
from typing import Any

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.imports.columns import BUSINESS_COLUMNS, WORKER_COLUMNS
from api.models.worker import WorkerOccupation
from tests.fixtures.factories import (
    REBAR,
    REBAR_WELDING,
    bearer,
    create_branch,
    create_business,
    create_tenant,
    create_user,
    create_worker,
)
from tests.imports.helpers import read_xlsx, upload
from tests.imports.job_env import ImportEnv


class TestExports:
    async def test_workers_export_follows_the_filters_and_never_contains_the_secret(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        business = await create_business(session, tenant, code="B0002")
        worker = await create_worker(
            session,
            tenant,
            business,
            code="W0001",
            phones=["09051000010", "08012345678"],
            primary_occupation_id=REBAR_WELDING,
            birth_date=date(1990, 1, 20),
        )
        session.add(WorkerOccupation(tenant_id=tenant.id, worker_id=worker.id, occupation_id=REBAR))
        await session.flush()
        await create_worker(session, tenant, business, code="W0002", retired_on=date(2025, 3, 31))
        headers = bearer(settings, await create_user(session, tenant))
        response = await client.get("/api/v1/workers/export?status=active", headers=headers)

        assert response.status_code == 200, response.text
        rows = read_xlsx(response.content)
        header = rows[0]
        assert header == [column.header for column in WORKER_COLUMNS]
        assert len(rows) == 2
        cells = dict(zip(header, rows[1], strict=True))
        assert cells["技能者コード"] == "W0001"
        assert cells["事業者コード"] == "B0002"
        assert (cells["携帯電話番号1"], cells["携帯電話番号2"]) == ("09051000010", "08012345678")
        assert (cells["代表職種(大分類)"], cells["代表職種(小分類)"]) == ("鉄筋工", "鉄筋圧接工")
        assert cells["その他職種"] == "鉄筋工：鉄筋工"
        assert cells["生年月日"] in (date(1990, 1, 20), "1990-01-20")
        assert cells["本人確認番号"] in ("", None)

    async def test_an_exported_business_list_imports_again_into_another_tenant(
        self,
        client: AsyncClient,
        session: AsyncSession,
        settings: Settings,
        env: ImportEnv,
    ) -> None:
        tenant = await create_tenant(session)
        branch = await create_branch(session, tenant, name="本社")
        await create_business(
            session, tenant, [branch], code="B0100", postal_code="2030001", prefecture_code="13"
        )
        headers = bearer(settings, await create_user(session, tenant))
        exported = await client.get("/api/v1/businesses/export", headers=headers)
        assert read_xlsx(exported.content)[0] == [column.header for column in BUSINESS_COLUMNS]

        other_headers, result = await _import_elsewhere(session, env, branch.code, exported.content)

        assert (result["status"], result["rows_imported"]) == ("succeeded", 1), result
        listed = (await client.get("/api/v1/businesses", headers=other_headers)).json()["items"]
        assert [(b["code"], b["postal_code"], b["prefecture_code"]) for b in listed] == [
            ("B0100", "2030001", "13")
        ]


class TestFormulaInjection:
    async def test_formula_like_cells_are_exported_escaped_and_import_back_unchanged(
        self,
        client: AsyncClient,
        session: AsyncSession,
        settings: Settings,
        env: ImportEnv,
    ) -> None:
        tenant = await create_tenant(session)
        branch = await create_branch(session, tenant, name="本社")
        name, address = '=HYPERLINK("http://evil.test","開く")', "-2-5-7 上の原"
        await create_business(session, tenant, [branch], code="B0200", name=name, address=address)
        headers = bearer(settings, await create_user(session, tenant))
        exported = await client.get("/api/v1/businesses/export", headers=headers)
        row = read_xlsx(exported.content)[1]
        assert "'" + name in row
        assert "'" + address in row
        assert not any(str(cell).startswith(("=", "+", "-", "@")) for cell in row)

        other_headers, result = await _import_elsewhere(session, env, branch.code, exported.content)
        assert result["status"] == "succeeded", result
        listed = (await client.get("/api/v1/businesses", headers=other_headers)).json()["items"]
        assert [(b["name"], b["address"]) for b in listed] == [(name, address)]


async def _import_elsewhere(
    session: AsyncSession, env: ImportEnv, branch_code: str, content: bytes
) -> tuple[dict[str, str], dict[str, Any]]:
    """Imports an exported business list into another tenant that has a branch of that code."""
    other = await create_tenant(session, "別テナント")
    other_branch = await create_branch(session, other)
    other_branch.code = branch_code
    await session.flush()
    headers = bearer(env.settings, await create_user(session, other))
    job = (await upload(env.client, headers, "businesses", content)).json()
    return headers, await env.imported(headers, job["id"])
