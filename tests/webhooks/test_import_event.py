"""An import's end is an event for the endpoints that asked, written in its last unit of work."""

from __future__ import annotations

from arq.connections import ArqRedis
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.db import SessionMaker
from api.imports.columns import WORKER_COLUMNS
from tests.fixtures.factories import bearer, create_business, create_tenant, create_user
from tests.imports.helpers import csv_text, upload, worker_row
from tests.imports.job_env import ImportEnv
from tests.webhooks.test_emitters import events_of


async def test_a_finished_import_tells_the_endpoints_that_asked(
    client: AsyncClient,
    session: AsyncSession,
    settings: Settings,
    sessionmaker: SessionMaker,
    redis: ArqRedis,
) -> None:
    tenant = await create_tenant(session)
    await create_business(session, tenant, code="B0002")
    admin = bearer(settings, await create_user(session, tenant))
    await client.post(
        "/api/v1/webhooks/endpoints",
        json={"url": "https://partner.example/hooks", "event_types": ["import.finished"]},
        headers=admin,
    )
    content = csv_text(WORKER_COLUMNS, [worker_row("B0002")]).encode()
    uploaded = await upload(client, admin, "workers", content, file_name="w.csv")
    assert await events_of(session, tenant.id) == []  # not before it finished
    await ImportEnv(client, settings, sessionmaker, redis).run()
    assert await events_of(session, tenant.id) == [
        (
            "import.finished",
            {"import_id": uploaded.json()["id"], "status": "succeeded", "rows_imported": 1},
        )
    ]
