"""What branch writes refuse: bad fields, deleting a branch in use, staff and viewers."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.models.user import UserRole
from tests.fixtures.factories import bearer, create_branch, create_tenant, create_user


class TestBranchWriteGuards:
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
