"""Listing sites: filters, sorting and pagination."""

from __future__ import annotations

from datetime import date

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.models.site import StructureMode
from tests.fixtures.factories import (
    bearer,
    create_branch,
    create_site,
    create_tenant,
    create_user,
)
from tests.sites.helpers import SITES


class TestListSites:
    async def test_filters_sorting_and_pagination(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        kanagawa, takaoka = (
            await create_branch(session, tenant, "神奈川支店"),
            await create_branch(session, tenant, "高岡支店"),
        )
        await create_site(
            session,
            tenant,
            kanagawa,
            code="R06-OISO",
            name="令和6.3年度 大磯工浚渫工事",
            prefecture_code="14",
            ccus_site_id="02139361740172",
            period_start=date(2024, 4, 1),
            period_end=date(2025, 3, 31),
        )
        await create_site(
            session,
            tenant,
            kanagawa,
            code="S23_398",
            name="竹橋AZビル 改修工事",
            prefecture_code="13",
            ccus_site_id="64453148416971",
            period_start=date(2023, 3, 15),
            period_end=date(2024, 12, 31),
        )
        await create_site(
            session,
            tenant,
            takaoka,
            code="230001D_mizumoto",
            name="横須賀港",
            prefecture_code="13",
            structure_mode=StructureMode.ccus,
            is_visible=False,
        )
        headers = bearer(settings, await create_user(session, tenant))

        async def codes(query: str) -> list[str]:
            response = await client.get(f"{SITES}?{query}", headers=headers)
            assert response.status_code == 200, response.text
            return [item["code"] for item in response.json()["items"]]

        assert await codes("") == ["230001D_mizumoto", "R06-OISO", "S23_398"]
        assert await codes("sort=-code") == ["S23_398", "R06-OISO", "230001D_mizumoto"]
        assert await codes("sort=name") == ["R06-OISO", "230001D_mizumoto", "S23_398"]
        assert await codes("sort=period_start") == ["S23_398", "R06-OISO", "230001D_mizumoto"]
        assert await codes(f"branch_id={takaoka.id}") == ["230001D_mizumoto"]
        assert await codes("code=oiso") == ["R06-OISO"]
        assert await codes("code=_") == ["230001D_mizumoto", "S23_398"]
        assert await codes("name=竹橋") == ["S23_398"]
        assert await codes("name=mizumoto") == ["230001D_mizumoto"]
        assert await codes("ccus_site_id=4453148") == ["S23_398"]
        assert await codes("prefecture_code=13") == ["230001D_mizumoto", "S23_398"]
        assert await codes("is_visible=false") == ["230001D_mizumoto"]
        assert await codes("is_visible=true") == ["R06-OISO", "S23_398"]
        assert await codes("structure_mode=ccus") == ["230001D_mizumoto"]
        assert await codes("has_ccus_id=true") == ["R06-OISO", "S23_398"]
        assert await codes("has_ccus_id=false") == ["230001D_mizumoto"]
        assert await codes("active_on=2024-06-01") == ["230001D_mizumoto", "R06-OISO", "S23_398"]
        assert await codes("active_on=2025-01-01") == ["230001D_mizumoto", "R06-OISO"]
        assert await codes("active_on=2023-03-14") == ["230001D_mizumoto"]
        page = (await client.get(f"{SITES}?limit=2&page=2", headers=headers)).json()
        assert [item["code"] for item in page["items"]] == ["S23_398"]
        assert page["pagination"] == {
            "total_count": 3,
            "page": 2,
            "limit": 2,
            "max_page": 2,
            "total_is_exact": True,
        }
        bad_sort = await client.get(f"{SITES}?sort=ccus_status", headers=headers)
        assert (bad_sort.status_code, bad_sort.json()["errors"][0]["code"]) == (
            422,
            "sort.unknown_field",
        )
