"""Files that are not importable: refused at upload or failed with a code."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.imports.columns import WORKER_COLUMNS
from api.models.import_job import ImportJob
from tests.fixtures.factories import (
    bearer,
    create_tenant,
    create_user,
)
from tests.imports.helpers import csv_text, upload
from tests.imports.job_env import ImportEnv, count_rows


class TestBadFiles:
    async def test_files_that_are_not_spreadsheets_are_refused_at_upload(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        headers = bearer(settings, await create_user(session, tenant))
        old_excel = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100
        response = await upload(client, headers, "workers", old_excel, file_name="workers.xls")
        assert response.status_code == 422
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["code"] == "import.unsupported_file"
        assert response.json()["errors"][0]["loc"] == ["body", "file"]
        too_big = b"a," * (settings.import_max_bytes // 2 + 1)
        response = await upload(client, headers, "workers", too_big, file_name="big.csv")
        assert response.status_code == 413
        assert response.json()["code"] == "import.file_too_large"
        response = await upload(client, headers, "shoes", b"a,b\r\n", file_name="x.csv")
        assert response.status_code == 422
        assert response.json()["errors"][0]["loc"] == ["body", "kind"]
        assert await count_rows(session, ImportJob, tenant.id) == 0

    async def test_broken_workbooks_and_missing_columns_fail_the_job_with_a_code(
        self,
        client: AsyncClient,
        session: AsyncSession,
        settings: Settings,
        env: ImportEnv,
    ) -> None:
        tenant = await create_tenant(session)
        headers = bearer(settings, await create_user(session, tenant))
        cases = {
            "import.unreadable_file": (b"PK\x03\x04 truncated zip", "a.xlsx"),
            "import.missing_columns": ("氏名,電話\r\n山田,090\r\n".encode(), "a.csv"),
            "import.no_rows": (csv_text(WORKER_COLUMNS, []).encode(), "a.csv"),
            "import.unreadable_encoding": (b"\xff\xfe\xfa\xfb,\x81\r\n", "a.csv"),
        }
        ids = {}
        for code, (content, name) in cases.items():
            response = await upload(client, headers, "workers", content, file_name=name)
            assert response.status_code == 202, (code, response.text)
            ids[code] = response.json()["id"]
        await env.run()
        for code, import_id in ids.items():
            result = (await client.get(f"/api/v1/imports/{import_id}", headers=headers)).json()
            assert (result["status"], result["error_code"]) == ("failed", code)
            assert result["error_detail"]
