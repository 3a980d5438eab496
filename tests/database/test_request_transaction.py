"""A request is one unit of work: the endpoint's writes and jobs commit together or not at all."""

from __future__ import annotations

from uuid import UUID

import pytest
from arq.connections import ArqRedis
from arq.jobs import Job, JobStatus
from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.db import SessionDep, set_tenant
from api.errors import Conflict
from api.kit.jobs import enqueue_after_commit
from api.models.branch import Branch
from tests.database.branches import branch_count
from tests.fixtures.factories import create_tenant


@pytest.fixture
def writing_app(app: FastAPI) -> FastAPI:
    @app.post("/write-then/{outcome}")
    async def write_then(outcome: str, tenant_id: UUID, session: SessionDep) -> dict[str, str]:
        await set_tenant(session, tenant_id)
        session.add(Branch(tenant_id=tenant_id, code=f"REQ-{outcome}", name="リクエスト"))
        await session.flush()
        enqueue_after_commit(session, "test.job", job_id=f"request-{outcome}")
        if outcome == "fail":
            raise Conflict("refused after writing")
        return {"ok": outcome}

    return app


async def test_request_commits_when_the_endpoint_succeeds(
    writing_app: FastAPI, client: AsyncClient, session: AsyncSession, redis: ArqRedis
) -> None:
    tenant = await create_tenant(session)
    response = await client.post(f"/write-then/ok?tenant_id={tenant.id}")
    assert response.status_code == 200
    await set_tenant(session, tenant.id)
    assert await branch_count(session) == 1
    assert await Job("request-ok", redis).status() is JobStatus.queued


async def test_request_rolls_back_when_the_endpoint_fails(
    writing_app: FastAPI, client: AsyncClient, session: AsyncSession, redis: ArqRedis
) -> None:
    tenant = await create_tenant(session)
    response = await client.post(f"/write-then/fail?tenant_id={tenant.id}")
    assert response.status_code == 409
    await set_tenant(session, tenant.id)
    assert await branch_count(session) == 0
    assert await Job("request-fail", redis).status() is JobStatus.not_found
