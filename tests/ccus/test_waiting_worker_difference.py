"""A worker difference waiting for the CCUS ID goes out once the ID is entered."""

from __future__ import annotations

import httpx
from httpx import AsyncClient
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from api.ccus import dispatcher
from api.config import Settings
from api.db import SessionMaker
from tests.ccus.conftest import Pipeline
from tests.ccus.world import attend, linked_world, make_due
from tests.fixtures.factories import bearer, create_user
from tests.fixtures.jobs import Fold


async def test_a_worker_difference_waiting_for_the_ccus_id_goes_out_once_the_id_is_entered(
    client: AsyncClient,
    fold: Fold,
    session: AsyncSession,
    ccus_settings: Settings,
    sessionmaker: SessionMaker,
    sandbox_admin: httpx.AsyncClient,
    pipeline: Pipeline,
) -> None:
    world = await linked_world(session, ccus_settings)
    world.worker.ccus_worker_id = None
    await session.flush()
    await attend(client, world, "2026-11-11", fold, prefix="waiting-")
    await make_due(session, world.tenant.id)
    deps = pipeline(sessionmaker, ccus_settings)
    await dispatcher.dispatch(deps)
    unsent = text("SELECT count(*) FROM structure_changes WHERE site_id = :s AND sent_at IS NULL")
    assert (await session.execute(unsent, {"s": world.site.id})).scalar_one() == 1

    headers = bearer(ccus_settings, await create_user(session, world.tenant))
    patched = await client.patch(
        f"/api/v1/workers/{world.worker.id}",
        json={"ccus_worker_id": "12345678901234"},
        headers=headers,
    )
    assert patched.status_code == 200, patched.text
    await make_due(session, world.tenant.id)
    await dispatcher.dispatch(deps)
    assert (await session.execute(unsent, {"s": world.site.id})).scalar_one() == 0
