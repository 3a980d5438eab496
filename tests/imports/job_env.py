"""Runs an import job the way the worker does and reads its result, for the import tests."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from arq.connections import ArqRedis
from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.db import SessionMaker
from tests.fixtures.jobs import run_queued_jobs


async def count_rows(session: AsyncSession, model: type, tenant_id: Any) -> int:
    statement = select(func.count()).select_from(model).where(model.tenant_id == tenant_id)  # type: ignore[attr-defined]
    return (await session.execute(statement)).scalar_one()


@dataclass
class ImportEnv:
    client: AsyncClient
    settings: Settings
    sessionmaker: SessionMaker
    redis: ArqRedis

    async def run(self) -> None:
        await run_queued_jobs(self.settings, self.sessionmaker, self.redis)

    async def imported(self, headers: dict[str, str], import_id: str) -> dict[str, Any]:
        await self.run()
        response = await self.client.get(f"/api/v1/imports/{import_id}", headers=headers)
        assert response.status_code == 200, response.text
        return dict(response.json())
