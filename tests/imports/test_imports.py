from __future__ import annotations

from datetime import date
from typing import Any

from arq.connections import ArqRedis
from httpx import AsyncClient
from sqlalchemy import func, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.db import SessionMaker
from api.imports.columns import BUSINESS_COLUMNS, WORKER_COLUMNS
from api.imports.tasks import sweep_imports
from api.models.business import Business
from api.models.import_job import ImportJob
from api.models.user import UserRole
from api.models.worker import Worker
from tests.fixtures.factories import (
    bearer,
    create_branch,
    create_business,
    create_tenant,
    create_user,
    create_worker,
)
from tests.fixtures.jobs import job_context, run_queued_jobs
from tests.imports.helpers import business_row, csv_text, sheet, upload, worker_row


async def _count(session: AsyncSession, model: type, tenant_id: Any) -> int:
    statement = select(func.count()).select_from(model).where(model.tenant_id == tenant_id)  # type: ignore[attr-defined]
    return (await session.execute(statement)).scalar_one()


class _Env:
    def __init__(
        self, client: AsyncClient, settings: Settings, sessionmaker: SessionMaker, redis: ArqRedis
    ) -> None:
        self.client, self.settings, self.sessionmaker, self.redis = (
            client,
            settings,
            sessionmaker,
            redis,
        )

    async def run(self) -> None:
        await run_queued_jobs(self.settings, self.sessionmaker, self.redis)

    async def imported(self, headers: dict[str, str], import_id: str) -> dict[str, Any]:
        await self.run()
        response = await self.client.get(f"/api/v1/imports/{import_id}", headers=headers)
        assert response.status_code == 200, response.text
        return dict(response.json())


def _env(
    client: AsyncClient, settings: Settings, sessionmaker: SessionMaker, redis: ArqRedis
) -> _Env:
    return _Env(client, settings, sessionmaker, redis)


class TestWorkerImport:
    async def test_mixed_file_all_or_nothing_writes_nothing_and_reports_each_bad_cell(
        self,
        client: AsyncClient,
        session: AsyncSession,
        settings: Settings,
        sessionmaker: SessionMaker,
        redis: ArqRedis,
    ) -> None:
        env = _env(client, settings, sessionmaker, redis)
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
        assert await _count(session, Worker, tenant.id) == 0

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
        assert await _count(session, Worker, tenant.id) == 0
        assert business.id is not None

    async def test_valid_rows_only_writes_the_good_rows_with_the_same_rules_as_the_api(
        self,
        client: AsyncClient,
        session: AsyncSession,
        settings: Settings,
        sessionmaker: SessionMaker,
        redis: ArqRedis,
    ) -> None:
        env = _env(client, settings, sessionmaker, redis)
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

    async def test_phones_taken_by_active_workers_are_refused_but_retired_ones_are_free(
        self,
        client: AsyncClient,
        session: AsyncSession,
        settings: Settings,
        sessionmaker: SessionMaker,
        redis: ArqRedis,
    ) -> None:
        env = _env(client, settings, sessionmaker, redis)
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


class TestBusinessImport:
    async def test_shift_jis_csv_with_branch_names_imports_every_row(
        self,
        client: AsyncClient,
        session: AsyncSession,
        settings: Settings,
        sessionmaker: SessionMaker,
        redis: ArqRedis,
    ) -> None:
        env = _env(client, settings, sessionmaker, redis)
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
        sessionmaker: SessionMaker,
        redis: ArqRedis,
    ) -> None:
        env = _env(client, settings, sessionmaker, redis)
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
        assert await _count(session, Business, tenant.id) == 0

    async def test_duplicate_codes_in_one_file_are_reported_on_the_later_row(
        self,
        client: AsyncClient,
        session: AsyncSession,
        settings: Settings,
        sessionmaker: SessionMaker,
        redis: ArqRedis,
    ) -> None:
        env = _env(client, settings, sessionmaker, redis)
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
        too_big = b"a," * (settings.import_max_bytes // 2 + 1)
        response = await upload(client, headers, "workers", too_big, file_name="big.csv")
        assert response.status_code == 413
        assert response.json()["code"] == "import.file_too_large"
        response = await upload(client, headers, "shoes", b"a,b\r\n", file_name="x.csv")
        assert response.status_code == 422
        assert response.json()["errors"][0]["loc"] == ["body", "kind"]
        assert await _count(session, ImportJob, tenant.id) == 0

    async def test_broken_workbooks_and_missing_columns_fail_the_job_with_a_code(
        self,
        client: AsyncClient,
        session: AsyncSession,
        settings: Settings,
        sessionmaker: SessionMaker,
        redis: ArqRedis,
    ) -> None:
        env = _env(client, settings, sessionmaker, redis)
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


class TestImportJobs:
    async def test_the_file_is_encrypted_at_rest_and_dropped_when_the_job_ends(
        self,
        client: AsyncClient,
        session: AsyncSession,
        settings: Settings,
        sessionmaker: SessionMaker,
        redis: ArqRedis,
    ) -> None:
        env = _env(client, settings, sessionmaker, redis)
        tenant = await create_tenant(session)
        await create_business(session, tenant, code="B0002")
        headers = bearer(settings, await create_user(session, tenant))
        content = csv_text(
            WORKER_COLUMNS, [worker_row("B0002", verification_number="73915")]
        ).encode()
        import_id = (await upload(client, headers, "workers", content, file_name="w.csv")).json()[
            "id"
        ]
        stored = (
            await session.execute(
                text("SELECT content FROM import_jobs WHERE id = :id"), {"id": import_id}
            )
        ).scalar_one()
        assert b"73915" not in stored
        assert "川越".encode() not in stored
        await env.run()
        stored = (
            await session.execute(
                text("SELECT content FROM import_jobs WHERE id = :id"), {"id": import_id}
            )
        ).scalar_one()
        assert stored is None

    async def test_a_lost_wake_up_is_found_by_the_sweep_and_imports_once(
        self,
        client: AsyncClient,
        session: AsyncSession,
        settings: Settings,
        sessionmaker: SessionMaker,
        redis: ArqRedis,
    ) -> None:
        env = _env(client, settings, sessionmaker, redis)
        tenant = await create_tenant(session)
        await create_business(session, tenant, code="B0002")
        headers = bearer(settings, await create_user(session, tenant))
        content = csv_text(WORKER_COLUMNS, [worker_row("B0002")]).encode()
        import_id = (await upload(client, headers, "workers", content, file_name="w.csv")).json()[
            "id"
        ]
        await redis.flushdb()  # the wake-up is lost
        assert await sweep_imports(job_context(settings, sessionmaker, redis)) == 0  # too fresh
        await session.execute(
            update(ImportJob)
            .where(ImportJob.id == import_id)
            .values(updated_at=func.now() - text("interval '5 minutes'"))
        )
        assert await sweep_imports(job_context(settings, sessionmaker, redis)) == 1
        await env.run()
        # A second wake-up for a finished import does nothing.
        await redis.enqueue_job("imports.run", tenant.id, import_id)
        await env.run()
        result = (await client.get(f"/api/v1/imports/{import_id}", headers=headers)).json()
        assert (result["status"], result["rows_imported"], result["progress"]) == (
            "succeeded",
            1,
            1.0,
        )
        assert await _count(session, Worker, tenant.id) == 1

    async def test_imports_of_another_tenant_are_not_found_and_lists_show_own_only(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        other = await create_tenant(session, "別テナント")
        own_headers = bearer(settings, await create_user(session, tenant))
        other_headers = bearer(settings, await create_user(session, other))
        content = csv_text(WORKER_COLUMNS, [worker_row("B0002")]).encode()
        import_id = (
            await upload(client, own_headers, "workers", content, file_name="w.csv")
        ).json()["id"]

        assert (
            await client.get(f"/api/v1/imports/{import_id}", headers=other_headers)
        ).status_code == 404
        assert (await client.get("/api/v1/imports", headers=other_headers)).json()["pagination"][
            "total_count"
        ] == 0
        listed = (await client.get("/api/v1/imports?kind=workers", headers=own_headers)).json()
        assert [item["id"] for item in listed["items"]] == [import_id]
