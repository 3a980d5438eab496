"""現場担当者 (assigning users to a site, filtering by them) and the 事業者 filter."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.db import set_tenant
from api.models.structure import SiteBusiness
from tests.fixtures.factories import (
    bearer,
    create_business,
    create_site,
    create_tenant,
    create_user,
)
from tests.sites.helpers import SITES, field_errors


async def _codes(client: AsyncClient, headers: dict[str, str], query: str) -> list[str]:
    response = await client.get(f"{SITES}?{query}", headers=headers)
    assert response.status_code == 200, response.text
    return [item["code"] for item in response.json()["items"]]


async def test_staff_are_assigned_replaced_and_filter_the_list(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    oiso = await create_site(session, tenant, code="OISO")
    await create_site(session, tenant, code="TAKEBASHI")
    admin = await create_user(session, tenant)
    mizumoto = await create_user(session, tenant)
    headers = bearer(settings, admin)

    options = await client.get(f"{SITES}/staff-options", headers=headers)
    assert {row["id"] for row in options.json()} == {str(admin.id), str(mizumoto.id)}

    put = await client.put(
        f"{SITES}/{oiso.id}/staff", json={"user_ids": [str(mizumoto.id)]}, headers=headers
    )
    assert put.status_code == 200, put.text
    assert [row["id"] for row in put.json()] == [str(mizumoto.id)]
    got = await client.get(f"{SITES}/{oiso.id}/staff", headers=headers)
    assert [row["id"] for row in got.json()] == [str(mizumoto.id)]
    assert await _codes(client, headers, f"staff_user_id={mizumoto.id}") == ["OISO"]
    assert await _codes(client, headers, f"staff_user_id={admin.id}") == []

    # The list replaces the old one.
    await client.put(
        f"{SITES}/{oiso.id}/staff", json={"user_ids": [str(admin.id)]}, headers=headers
    )
    assert await _codes(client, headers, f"staff_user_id={mizumoto.id}") == []
    assert await _codes(client, headers, f"staff_user_id={admin.id}") == ["OISO"]


async def test_staff_must_be_active_users_of_the_tenant(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    other = await create_tenant(session)
    stranger = await create_user(session, other)
    tenant = await create_tenant(session)
    site = await create_site(session, tenant)
    admin = await create_user(session, tenant)
    retired = await create_user(session, tenant, is_active=False)
    headers = bearer(settings, admin)

    refused = await client.put(
        f"{SITES}/{site.id}/staff",
        json={"user_ids": [str(stranger.id), str(retired.id), str(admin.id), str(admin.id)]},
        headers=headers,
    )
    assert refused.headers["content-type"] == "application/problem+json"
    assert refused.json()["code"] == "request.validation"
    assert field_errors(refused) == {
        (("body", "user_ids", 0), "user.not_found"),
        (("body", "user_ids", 1), "user.not_found"),
        (("body", "user_ids", 3), "user.duplicate"),
    }
    options = await client.get(f"{SITES}/staff-options", headers=headers)
    assert [row["id"] for row in options.json()] == [str(admin.id)]
    # Another tenant's site is not found, and its staff cannot be read or set.
    other_site = await create_site(session, other)
    for response in (
        await client.get(f"{SITES}/{other_site.id}/staff", headers=headers),
        await client.put(f"{SITES}/{other_site.id}/staff", json={"user_ids": []}, headers=headers),
    ):
        assert (response.status_code, response.json()["code"]) == (404, "site.not_found")


async def test_site_staff_rows_are_walled_by_row_level_security(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    site = await create_site(session, tenant)
    admin = await create_user(session, tenant)
    await client.put(
        f"{SITES}/{site.id}/staff",
        json={"user_ids": [str(admin.id)]},
        headers=bearer(settings, admin),
    )
    await set_tenant(session, tenant.id)
    assert (await session.execute(text("SELECT count(*) FROM site_staff"))).scalar_one() == 1
    await set_tenant(session, (await create_tenant(session)).id)
    assert (await session.execute(text("SELECT count(*) FROM site_staff"))).scalar_one() == 0


async def test_business_filter_lists_sites_whose_structure_has_it(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    asagaya = await create_business(session, tenant)
    kawano = await create_business(session, tenant)
    oiso = await create_site(session, tenant, code="OISO")
    takebashi = await create_site(session, tenant, code="TAKEBASHI")
    session.add_all(
        [
            SiteBusiness(tenant_id=tenant.id, site_id=oiso.id, business_id=asagaya.id),
            SiteBusiness(tenant_id=tenant.id, site_id=takebashi.id, business_id=asagaya.id),
            SiteBusiness(tenant_id=tenant.id, site_id=takebashi.id, business_id=kawano.id),
        ]
    )
    await session.flush()
    headers = bearer(settings, await create_user(session, tenant))
    assert await _codes(client, headers, f"business_id={asagaya.id}") == ["OISO", "TAKEBASHI"]
    assert await _codes(client, headers, f"business_id={kawano.id}") == ["TAKEBASHI"]
    bad = await client.get(f"{SITES}?business_id=not-a-uuid", headers=headers)
    assert (bad.status_code, bad.json()["errors"][0]["loc"]) == (422, ["query", "business_id"])
