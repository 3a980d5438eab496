"""Listing workers: filters and what branch-limited staff see."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.models.user import UserRole
from tests.fixtures.factories import (
    bearer,
    create_branch,
    create_business,
    create_tenant,
    create_user,
    create_worker,
)
from tests.workers.helpers import kawagoe_body


async def test_filters(client: AsyncClient, session: AsyncSession, settings: Settings) -> None:
    tenant = await create_tenant(session)
    asagaya, ogikubo = (
        await create_business(session, tenant),
        await create_business(session, tenant),
    )
    await create_worker(
        session,
        tenant,
        asagaya,
        family_name="青木",
        given_name="晴美",
        family_kana="アオキ",
        given_kana="ハルミ",
        phones=["09037655619"],
        ccus_worker_id="12345678901234",
    )
    await create_worker(
        session,
        tenant,
        asagaya,
        family_name="井草",
        given_name="四郎",
        family_kana="イグサ",
        given_kana="シロウ",
        phones=["06510000013"],
        employment_type_code="01",
    )
    await create_worker(
        session,
        tenant,
        ogikubo,
        family_name="佐藤",
        given_name="B作",
        family_kana="サトウ",
        given_kana="ビーサク",
        phones=[],
        email="sato@example.com",
        alias_family="サトちゃん",
    )
    headers = bearer(settings, await create_user(session, tenant))

    async def names(query: str) -> list[str]:
        response = await client.get(f"/api/v1/workers?{query}", headers=headers)
        assert response.status_code == 200, response.text
        return [item["family_name"] for item in response.json()["items"]]

    assert await names("") == ["青木", "井草", "佐藤"]
    assert await names(f"business_id={asagaya.id}") == ["青木", "井草"]
    assert await names("name=青木晴美") == ["青木"]
    assert await names("name=青木 晴美") == ["青木"]
    assert await names("name=イグサシ") == ["井草"]
    assert await names("name=サトちゃん") == ["佐藤"]
    assert await names("phone=3765") == ["青木"]
    assert await names("ccus_worker_id=12345678901234") == ["青木"]
    assert await names("employment_type_code=01") == ["井草"]
    assert await names("sort=-kana") == ["佐藤", "井草", "青木"]


async def test_branch_limited_staff_see_workers_of_their_branches_businesses(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    kanagawa, naha = await create_branch(session, tenant), await create_branch(session, tenant)
    mine = await create_worker(session, tenant, await create_business(session, tenant, [kanagawa]))
    theirs = await create_worker(session, tenant, await create_business(session, tenant, [naha]))
    staff = bearer(
        settings, await create_user(session, tenant, UserRole.staff, branches=[kanagawa])
    )
    listed = (await client.get("/api/v1/workers", headers=staff)).json()["items"]
    assert [item["id"] for item in listed] == [str(mine.id)]
    assert (await client.get(f"/api/v1/workers/{theirs.id}", headers=staff)).status_code == 404
    refused = await client.post(
        "/api/v1/workers", json=kawagoe_body(theirs.business_id), headers=staff
    )
    assert refused.json()["errors"][0]["code"] == "business.not_found"
