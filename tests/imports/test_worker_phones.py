"""Importing workers: phones held by active workers are refused, retired ones are free."""

from __future__ import annotations

from datetime import date

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.imports.columns import WORKER_COLUMNS
from tests.fixtures.factories import (
    bearer,
    create_business,
    create_tenant,
    create_user,
    create_worker,
)
from tests.imports.helpers import sheet, upload, worker_row
from tests.imports.job_env import ImportEnv


class TestWorkerImportPhones:
    async def test_phones_taken_by_active_workers_are_refused_but_retired_ones_are_free(
        self,
        client: AsyncClient,
        session: AsyncSession,
        settings: Settings,
        env: ImportEnv,
    ) -> None:
        tenant = await create_tenant(session)
        business = await create_business(session, tenant, code="B0002")
        await create_worker(session, tenant, business, phones=["09011110000"])
        await create_worker(
            session, tenant, business, phones=["09022220000"], retired_on=date(2025, 3, 31)
        )
        headers = bearer(settings, await create_user(session, tenant))
        content = sheet(
            WORKER_COLUMNS,
            [worker_row("B0002", phone1="09011110000"), worker_row("B0002", phone1="09022220000")],
        )
        response = await upload(client, headers, "workers", content, mode="valid_rows_only")
        result = await env.imported(headers, response.json()["id"])

        assert result["rows_imported"] == 1
        assert [(e["row"], e["column"], e["code"]) for e in result["row_errors"]] == [
            (2, "携帯電話番号1", "worker.phone_taken")
        ]
