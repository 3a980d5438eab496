"""現場一覧's CCUS連携 tells a check (「確認」) from a sent change (「更新」): an ID check of a
site marks its answer as a check."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest_asyncio
from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.ccus.http_gateway import HttpCcusGateway
from api.config import Settings
from tests.ccus.world import linked_world
from tests.fixtures.factories import bearer, create_user


@pytest_asyncio.fixture(loop_scope="session")
async def gateway(app: FastAPI, ccus_settings: Settings) -> AsyncIterator[HttpCcusGateway]:
    client = HttpCcusGateway.client_for(ccus_settings)
    gateway = HttpCcusGateway(client, ccus_settings)
    app.state.ccus = gateway
    yield gateway
    await client.aclose()


async def test_an_id_check_of_a_site_shows_as_a_check(
    client: AsyncClient, session: AsyncSession, ccus_settings: Settings, gateway: HttpCcusGateway
) -> None:
    world = await linked_world(session, ccus_settings)
    headers = bearer(ccus_settings, await create_user(session, world.tenant))
    checked = await client.post(f"/api/v1/ccus/id-checks/sites/{world.site.id}", headers=headers)
    assert checked.json()["result"] == "ok", checked.text
    site = (await client.get(f"/api/v1/sites/{world.site.id}", headers=headers)).json()
    assert (site["ccus_operation"], site["ccus_status"]) == ("check", "synced")
