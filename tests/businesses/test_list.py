"""Listing businesses: filters, sorting, pagination and branch limits."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.models.user import UserRole
from tests.businesses.helpers import asagaya_body
from tests.fixtures.factories import (
    bearer,
    create_branch,
    create_business,
    create_tenant,
    create_user,
)


class TestListBusinesses:
    async def test_filters_sorting_and_pagination(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        kanagawa, naha = (
            await create_branch(session, tenant, "神奈川支店"),
            await create_branch(session, tenant, "那覇支店"),
        )
        await create_business(
            session,
            tenant,
            [kanagawa],
            name="(株)荻窪鉄筋工業",
            name_kana="オギクボテッキン",
            phone="0641234567",
        )
        await create_business(
            session,
            tenant,
            [kanagawa, naha],
            name="(株)御徒町塗装",
            name_kana="オカチマチトソウ",
            ccus_business_id="66666999995214",
        )
        await create_business(
            session, tenant, [naha], name="吉祥寺組", name_kana="キチジョウジグミ"
        )
        headers = bearer(settings, await create_user(session, tenant))

        async def names(query: str) -> list[str]:
            response = await client.get(f"/api/v1/businesses?{query}", headers=headers)
            assert response.status_code == 200, response.text
            return [item["name"] for item in response.json()["items"]]

        assert await names("") == ["(株)御徒町塗装", "(株)荻窪鉄筋工業", "吉祥寺組"]
        assert await names("sort=-name_kana") == ["吉祥寺組", "(株)荻窪鉄筋工業", "(株)御徒町塗装"]
        assert await names(f"branch_id={naha.id}") == ["(株)御徒町塗装", "吉祥寺組"]
        assert (
            await names("name=おかちまち") == []
        )  # kana filter matches katakana as typed after NFKC
        assert await names("name=オカチ") == ["(株)御徒町塗装"]
        assert await names("name=鉄筋") == ["(株)荻窪鉄筋工業"]
        assert await names("ccus_business_id=669999") == ["(株)御徒町塗装"]
        assert await names("has_ccus_id=false") == ["(株)荻窪鉄筋工業", "吉祥寺組"]
        assert await names("phone=0641") == ["(株)荻窪鉄筋工業"]
        assert await names("name=%25") == []
        page = (await client.get("/api/v1/businesses?limit=2&page=2", headers=headers)).json()
        assert page["pagination"] == {
            "total_count": 3,
            "page": 2,
            "limit": 2,
            "max_page": 2,
            "total_is_exact": True,
        }
        bad_sort = await client.get("/api/v1/businesses?sort=password", headers=headers)
        assert (bad_sort.status_code, bad_sort.json()["errors"][0]["code"]) == (
            422,
            "sort.unknown_field",
        )

    async def test_branch_limited_staff_see_their_branches_businesses(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        kanagawa, naha = await create_branch(session, tenant), await create_branch(session, tenant)
        mine = await create_business(session, tenant, [kanagawa])
        theirs = await create_business(session, tenant, [naha])
        staff = bearer(
            settings, await create_user(session, tenant, UserRole.staff, branches=[kanagawa])
        )
        listed = (await client.get("/api/v1/businesses", headers=staff)).json()["items"]
        assert [item["id"] for item in listed] == [str(mine.id)]
        assert (
            await client.get(f"/api/v1/businesses/{theirs.id}", headers=staff)
        ).status_code == 404
        refused = await client.post(
            "/api/v1/businesses", json=asagaya_body([str(naha.id)]), headers=staff
        )
        assert refused.json()["errors"][0]["code"] == "branch.not_found"
