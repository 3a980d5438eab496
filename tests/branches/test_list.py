"""Listing branches: display order, pagination, branch-limited staff and admins."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.models.user import UserRole
from tests.fixtures.factories import bearer, create_branch, create_tenant, create_user


class TestListBranches:
    async def test_lists_in_display_order_with_pagination(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        admin = await create_user(session, tenant)
        for order, name in enumerate(["本社", "神奈川支店", "那覇支店"]):
            branch = await create_branch(session, tenant, name)
            branch.display_order = 2 - order
        await session.flush()
        response = await client.get("/api/v1/branches?limit=2", headers=bearer(settings, admin))
        assert response.status_code == 200
        body = response.json()
        assert [item["name"] for item in body["items"]] == ["那覇支店", "神奈川支店"]
        assert body["pagination"] == {
            "total_count": 3,
            "page": 1,
            "limit": 2,
            "max_page": 2,
            "total_is_exact": True,
        }
        page_two = await client.get(
            "/api/v1/branches?limit=2&page=2", headers=bearer(settings, admin)
        )
        assert [item["name"] for item in page_two.json()["items"]] == ["本社"]

    async def test_branch_limited_staff_see_only_their_branches(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        kanagawa = await create_branch(session, tenant, "神奈川支店")
        naha = await create_branch(session, tenant, "那覇支店")
        staff = await create_user(session, tenant, UserRole.staff, branches=[kanagawa])
        listed = await client.get("/api/v1/branches", headers=bearer(settings, staff))
        assert [item["id"] for item in listed.json()["items"]] == [str(kanagawa.id)]
        hidden = await client.get(f"/api/v1/branches/{naha.id}", headers=bearer(settings, staff))
        assert (hidden.status_code, hidden.json()["code"]) == (404, "branch.not_found")

    async def test_an_admin_is_never_branch_limited(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        kanagawa = await create_branch(session, tenant)
        await create_branch(session, tenant)
        admin = await create_user(session, tenant, UserRole.admin, branches=[kanagawa])
        listed = await client.get("/api/v1/branches", headers=bearer(settings, admin))
        assert listed.json()["pagination"]["total_count"] == 2
