"""One tenant's work days on their way out to the sandbox: the fixtures a pipeline test needs
and the steps every such test takes (a linked world, a day at the gate, the night come)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from api.ccus.dispatcher import Pipeline as Deps
from api.config import Settings
from api.db import SessionMaker
from api.models.ccus_outbox import OutboxKind, OutboxRow
from api.models.tenant import Tenant
from tests.ccus.outbox_reads import outbox_rows, sandbox_stats
from tests.ccus.world import KAWAGOE, World, attend, linked_world, make_due
from tests.fixtures.factories import bearer, create_user
from tests.fixtures.jobs import Fold

Pipeline = Callable[[SessionMaker, Settings], Deps]


@dataclass
class Outbound:
    client: httpx.AsyncClient
    fold: Fold
    session: AsyncSession
    settings: Settings
    sessionmaker: SessionMaker
    sandbox: httpx.AsyncClient
    pipeline: Pipeline

    async def world(self, *, worker_id: str = KAWAGOE) -> World:
        return await linked_world(self.session, self.settings, worker_id=worker_id)

    async def attend(self, world: World, day: str, prefix: str = "") -> None:
        await attend(self.client, world, day, self.fold, prefix)

    async def due(self, world: World) -> None:
        await make_due(self.session, world.tenant.id)

    async def due_tenant(self, tenant: Tenant) -> None:
        await make_due(self.session, tenant.id)

    async def due_day(self, day: str, prefix: str = "", *, worker_id: str = KAWAGOE) -> World:
        """A linked world with one day at the gate whose send time has come."""
        world = await self.world(worker_id=worker_id)
        await self.attend(world, day, prefix)
        await self.due(world)
        return world

    def deps(self, settings: Settings | None = None) -> Deps:
        return self.pipeline(self.sessionmaker, settings or self.settings)

    async def work_days(self, world: World) -> list[OutboxRow]:
        return await outbox_rows(self.session, world.tenant.id, OutboxKind.work_day)

    async def staff(self, world: World) -> dict[str, str]:
        """A staff user's headers in the world's tenant."""
        return bearer(self.settings, await create_user(self.session, world.tenant))

    async def stats(self) -> dict[str, object]:
        return await sandbox_stats(self.sandbox)
