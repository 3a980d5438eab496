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


class TestWriteBranches:
    async def test_create_update_delete_with_audit(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        admin = await create_user(session, tenant)
        headers = bearer(settings, admin)
        created = await client.post(
            "/api/v1/branches", json={"code": "００１", "name": " 001支店 "}, headers=headers
        )
        assert created.status_code == 201
        assert (created.json()["code"], created.json()["name"]) == ("001", "001支店")
        branch_id = created.json()["id"]
        updated = await client.patch(
            f"/api/v1/branches/{branch_id}", json={"name": "本社"}, headers=headers
        )
        assert updated.json()["name"] == "本社"
        assert (
            await client.delete(f"/api/v1/branches/{branch_id}", headers=headers)
        ).status_code == 204
        assert (
            await client.get(f"/api/v1/branches/{branch_id}", headers=headers)
        ).status_code == 404

        log = await client.get(f"/api/v1/audit-log?entity_id={branch_id}", headers=headers)
        entries = log.json()["items"]
        assert [entry["action"] for entry in entries] == [
            "branch.delete",
            "branch.update",
            "branch.create",
        ]
        assert entries[1]["changes"] == {"name": ["001支店", "本社"]}
        assert {entry["actor_label"] for entry in entries} == {admin.email}

    async def test_duplicate_code_is_a_field_conflict(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        admin = await create_user(session, tenant)
        existing = await create_branch(session, tenant)
        response = await client.post(
            "/api/v1/branches",
            json={"code": existing.code, "name": "重複"},
            headers=bearer(settings, admin),
        )
        assert response.status_code == 409
        assert response.json()["code"] == "branch.code_taken"
        assert response.json()["errors"][0]["loc"] == ["body", "code"]

    async def test_the_same_code_is_fine_in_another_tenant(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        other = await create_branch(session, await create_tenant(session))
        admin = await create_user(session, await create_tenant(session))
        response = await client.post(
            "/api/v1/branches",
            json={"code": other.code, "name": "同じコード"},
            headers=bearer(settings, admin),
        )
        assert response.status_code == 201

    async def test_blank_and_overlong_fields_are_refused(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        admin = await create_user(session, await create_tenant(session))
        response = await client.post(
            "/api/v1/branches",
            json={"code": "x" * 33, "name": "   "},
            headers=bearer(settings, admin),
        )
        assert response.status_code == 422
        assert {tuple(error["loc"]) for error in response.json()["errors"]} == {
            ("body", "code"),
            ("body", "name"),
        }

    async def test_a_branch_a_user_is_limited_to_cannot_be_deleted(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        admin = await create_user(session, tenant)
        branch = await create_branch(session, tenant)
        await create_user(session, tenant, UserRole.staff, branches=[branch])
        response = await client.delete(
            f"/api/v1/branches/{branch.id}", headers=bearer(settings, admin)
        )
        assert (response.status_code, response.json()["code"]) == (409, "branch.in_use")

    async def test_staff_and_viewers_cannot_write(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        for role in (UserRole.staff, UserRole.viewer):
            user = await create_user(session, tenant, role)
            response = await client.post(
                "/api/v1/branches",
                json={"code": "Z", "name": "不可"},
                headers=bearer(settings, user),
            )
            assert (response.status_code, response.json()["code"]) == (
                403,
                "auth.insufficient_scope",
            )
