"""現場一覧's CCUS連携 tells a check (「確認」) from a sent change (「更新」): an ID check of a
site marks its answer as a check."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.ccus.http_gateway import HttpCcusGateway
from api.config import Settings
from tests.ccus.world import linked_world
from tests.fixtures.factories import bearer, create_user


async def test_an_id_check_of_a_site_shows_as_a_check(
    client: AsyncClient, session: AsyncSession, ccus_settings: Settings, gateway: HttpCcusGateway
) -> None:
    world = await linked_world(session, ccus_settings)
    headers = bearer(ccus_settings, await create_user(session, world.tenant))
    checked = await client.post(f"/api/v1/ccus/id-checks/sites/{world.site.id}", headers=headers)
    assert checked.json()["result"] == "ok", checked.text
    site = (await client.get(f"/api/v1/sites/{world.site.id}", headers=headers)).json()
    assert (site["ccus_operation"], site["ccus_status"]) == ("check", "synced")
