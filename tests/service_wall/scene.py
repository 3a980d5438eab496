"""The scene a job case runs in, the shape of a case, and the lookups every case uses."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from httpx import AsyncClient
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

import api.worker  # noqa: F401 - registers every job
from api.kit.tasks import FUNCTIONS, JobContext
from tests.ccus.world import World
from tests.fixtures.jobs import Fold


@dataclass
class Scene:
    """Two tenants in the RLS-bypassing harness: the job runs for `runner` only."""

    ctx: JobContext
    session: AsyncSession
    client: AsyncClient
    fold: Fold
    victim: World
    runner: World
    # What `prepare` left for `run`, per tenant.
    made: dict[UUID, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class JobCase:
    # Counts a tenant's due work of the job's kind (the tenant is :t).
    due: str
    # Runs the job for scene.runner; answers how many due items it says it handled, or None
    # when the job does not say.
    run: Callable[[Scene], Awaitable[int | None]]
    # Gives a tenant due work of the job's kind (the linked world has unchecked CCUS IDs).
    prepare: Callable[[Scene, World], Awaitable[None]] | None = None


def job(name: str) -> Callable[..., Awaitable[Any]]:
    [found] = [function.coroutine for function in FUNCTIONS if function.name == name]
    return found


async def count_due(session: AsyncSession, sql: str, tenant_id: UUID) -> int:
    return int((await session.execute(text(sql), {"t": tenant_id})).scalar_one())
