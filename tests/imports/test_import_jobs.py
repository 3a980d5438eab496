"""Import jobs: the file at rest, lost wake-ups, tenant isolation."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy import func, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.imports.columns import WORKER_COLUMNS
from api.imports.tasks import sweep_imports
from api.models.import_job import ImportJob
from api.models.worker import Worker
from tests.fixtures.factories import (
    bearer,
    create_business,
    create_tenant,
    create_user,
)
from tests.fixtures.jobs import job_context
from tests.imports.helpers import csv_text, upload, worker_row
from tests.imports.job_env import ImportEnv, count_rows


class TestImportJobs:
    async def test_the_file_is_encrypted_at_rest_and_dropped_when_the_job_ends(
        self,
        client: AsyncClient,
        session: AsyncSession,
        settings: Settings,
        env: ImportEnv,
    ) -> None:
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
        env: ImportEnv,
    ) -> None:
        tenant = await create_tenant(session)
        await create_business(session, tenant, code="B0002")
        headers = bearer(settings, await create_user(session, tenant))
        content = csv_text(WORKER_COLUMNS, [worker_row("B0002")]).encode()
        import_id = (await upload(client, headers, "workers", content, file_name="w.csv")).json()[
            "id"
        ]
        await env.redis.flushdb()  # the wake-up is lost
        assert (
            await sweep_imports(job_context(settings, env.sessionmaker, env.redis)) == 0
        )  # too fresh
        await session.execute(
            update(ImportJob)
            .where(ImportJob.id == import_id)
            .values(updated_at=func.now() - text("interval '5 minutes'"))
        )
        assert await sweep_imports(job_context(settings, env.sessionmaker, env.redis)) == 1
        await env.run()
        # A second wake-up for a finished import does nothing.
        await env.redis.enqueue_job("imports.run", tenant.id, import_id)
        await env.run()
        result = (await client.get(f"/api/v1/imports/{import_id}", headers=headers)).json()
        assert (result["status"], result["rows_imported"], result["progress"]) == (
            "succeeded",
            1,
            1.0,
        )
        assert await count_rows(session, Worker, tenant.id) == 1

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
