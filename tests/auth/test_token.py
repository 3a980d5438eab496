"""Password login: a token that /me accepts, refusals that look alike."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.models.user import UserRole
from tests.auth.helpers import login
from tests.fixtures.factories import (
    PASSWORD,
    create_tenant,
    create_user,
)


class TestToken:
    async def test_password_login_issues_a_token_that_me_accepts(
        self, client: AsyncClient, session: AsyncSession
    ) -> None:
        tenant = await create_tenant(session)
        user = await create_user(session, tenant, UserRole.staff)
        status, body = await login(client, user.email.upper(), PASSWORD)
        assert status == 200
        assert body["token_type"] == "bearer"
        me = await client.get(
            "/api/v1/me", headers={"Authorization": f"Bearer {body['access_token']}"}
        )
        assert me.status_code == 200
        assert me.json()["email"] == user.email
        assert me.json()["tenant"]["id"] == str(tenant.id)
        assert "registry:write" in me.json()["scopes"]
        assert "users:manage" not in me.json()["scopes"]

    async def test_wrong_password_and_unknown_email_answer_alike(
        self, client: AsyncClient, session: AsyncSession
    ) -> None:
        user = await create_user(session, await create_tenant(session))
        wrong = await login(client, user.email, "not the password")
        unknown = await login(client, "nobody@example.com", PASSWORD)
        assert wrong[0] == unknown[0] == 401
        assert wrong[1]["code"] == unknown[1]["code"] == "auth.invalid_credentials"

    async def test_inactive_user_cannot_log_in(
        self, client: AsyncClient, session: AsyncSession
    ) -> None:
        user = await create_user(session, await create_tenant(session), is_active=False)
        status, body = await login(client, user.email, PASSWORD)
        assert (status, body["code"]) == (401, "auth.invalid_credentials")
