"""現場登録 in CCUS from genba in one action, against the real sandbox process: CCUS assigns the
現場ID with 標準APIの利用 set, genba stores it and links the site."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.ccus.http_gateway import HttpCcusGateway
from api.ccus.wire import EntityKind
from api.config import Settings
from tests.fixtures.factories import bearer, create_site, create_tenant, create_user
from tests.sites.helpers import SITES


async def test_registering_a_site_in_ccus_stores_the_new_site_id_and_links_it(
    client: AsyncClient, session: AsyncSession, ccus_settings: Settings, gateway: HttpCcusGateway
) -> None:
    tenant = await create_tenant(session)
    site = await create_site(session, tenant, name="横浜市緑区AWビル新築工事", city="横浜市緑区")
    headers = bearer(ccus_settings, await create_user(session, tenant))
    path = f"{SITES}/{site.id}/ccus/register"

    registered = await client.post(path, headers=headers)
    assert registered.status_code == 200, registered.text
    body = registered.json()
    ccus_site_id = body["ccus_site_id"]
    assert (len(ccus_site_id), ccus_site_id.isdigit(), body["ccus_status"]) == (14, True, "pending")
    assert (await client.get(f"{SITES}/{site.id}", headers=headers)).json()[
        "ccus_site_id"
    ] == ccus_site_id
    held = await gateway.get_entity(EntityKind.site, ccus_site_id)
    assert (held.data["name"], held.data["standard_api"]) == ("横浜市緑区AWビル新築工事", True)

    again = await client.post(path, headers=headers)
    assert (again.status_code, again.json()["code"]) == (409, "site.already_linked")


async def test_a_site_of_another_tenant_is_not_registered(
    client: AsyncClient, session: AsyncSession, ccus_settings: Settings, gateway: HttpCcusGateway
) -> None:
    other = await create_site(session, await create_tenant(session))
    headers = bearer(ccus_settings, await create_user(session, await create_tenant(session)))
    answer = await client.post(f"{SITES}/{other.id}/ccus/register", headers=headers)
    assert (answer.status_code, answer.json()["code"]) == (404, "site.not_found")
