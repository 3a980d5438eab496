"""Importing workers: all-or-nothing and valid-rows-only modes, with the API's rules."""

from __future__ import annotations

from datetime import date

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.imports.columns import WORKER_COLUMNS
from api.models.worker import Worker
from tests.fixtures.factories import (
    bearer,
    create_business,
    create_tenant,
    create_user,
)
from tests.imports.helpers import sheet, upload, worker_row
from tests.imports.job_env import ImportEnv, count_rows


class TestWorkerImport:
    async def test_mixed_file_all_or_nothing_writes_nothing_and_reports_each_bad_cell(
        self,
        client: AsyncClient,
        session: AsyncSession,
        settings: Settings,
        env: ImportEnv,
    ) -> None:
        tenant = await create_tenant(session)
        business = await create_business(session, tenant, code="B0002")
        headers = bearer(settings, await create_user(session, tenant))
        content = sheet(
            WORKER_COLUMNS,
            [
                worker_row("B0002"),
                worker_row("B0002", phone1="0901234", family_name=None),
                worker_row("B9999", phone1="08011112222"),
                worker_row(
                    "B0002",
                    phone1="08033334444",
                    birth_date="2030/01/01",
                    occupation_minor="鉄骨工",
                ),
                worker_row("B0002", phone1="090-5100-0010", family_name="熊谷"),
            ],
        )
        response = await upload(client, headers, "workers", content)
        assert response.status_code == 202, response.text
        assert response.json()["status"] == "queued"
        assert await count_rows(session, Worker, tenant.id) == 0

        result = await env.imported(headers, response.json()["id"])

        assert result["status"] == "failed"
        assert result["error_code"] == "import.rows_invalid"
        assert (result["rows_total"], result["rows_done"], result["rows_imported"]) == (5, 5, 0)
        cells = {(error["row"], error["column"], error["code"]) for error in result["row_errors"]}
        assert (3, "携帯電話番号1", "mobile_phone.invalid") in cells
        assert (3, "技能者名(姓)", "missing") in cells
        assert (4, "事業者コード", "business.not_found") in cells
        assert (5, "代表職種(小分類)", "occupation.not_found") in cells
        assert (6, "携帯電話番号1", "import.duplicate_in_file") in cells
        assert not any(error["row"] == 2 for error in result["row_errors"])
        assert await count_rows(session, Worker, tenant.id) == 0
        assert business.id is not None

    async def test_valid_rows_only_writes_the_good_rows_with_the_same_rules_as_the_api(
        self,
        client: AsyncClient,
        session: AsyncSession,
        settings: Settings,
        env: ImportEnv,
    ) -> None:
        tenant = await create_tenant(session)
        await create_business(session, tenant, code="B0002")
        headers = bearer(settings, await create_user(session, tenant))
        content = sheet(
            WORKER_COLUMNS,
            [
                worker_row(
                    "B0002",
                    code="W0001",
                    verification_number="4826",
                    ccus_worker_id="1234 5678 9012 34",
                ),
                worker_row("B0002", phone1=None, email=None, code="W0002"),
                worker_row(
                    "B0002",
                    phone1="０８０－１１１１－２２２２",
                    code="W0003",
                    other_occupations="鉄筋工：鉄筋工",
                    sex="女",
                    birth_date=date(1990, 1, 20),
                ),
            ],
        )
        response = await upload(client, headers, "workers", content, mode="valid_rows_only")
        result = await env.imported(headers, response.json()["id"])

        assert result["status"] == "succeeded", result
        assert result["rows_imported"] == 2, result["row_errors"]
        assert [(e["row"], e["column"], e["code"]) for e in result["row_errors"]] == [
            (3, "携帯電話番号1", "worker.contact_required")
        ]
        listed = (await client.get("/api/v1/workers?sort=code", headers=headers)).json()["items"]
        assert [(w["code"], w["phones"]) for w in listed] == [
            ("W0001", ["09051000010"]),
            ("W0003", ["08011112222"]),
        ]
        assert listed[0]["verification_number"] == "****"
        assert listed[0]["ccus_status"] == "pending"
        assert listed[1]["sex"] == "female"
        assert listed[1]["birth_date"] == "1990-01-20"
        assert len(listed[1]["occupation_ids"]) == 1
        audit = await client.get("/api/v1/audit-log?action=worker.import", headers=headers)
        assert audit.json()["items"][0]["changes"]["rows_imported"] == 2
