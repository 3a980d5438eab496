"""Changing a password: other sessions end, wrong or short passwords are refused."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from tests.auth.helpers import login
from tests.fixtures.factories import (
    PASSWORD,
    bearer,
    create_tenant,
    create_user,
)


class TestPasswordChange:
    async def test_changing_password_ends_other_sessions(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        user = await create_user(session, await create_tenant(session))
        old_headers = bearer(settings, user)
        response = await client.post(
            "/api/v1/me/password",
            json={"current_password": PASSWORD, "new_password": "a much newer passphrase"},
            headers=old_headers,
        )
        assert response.status_code == 200
        new_headers = {"Authorization": f"Bearer {response.json()['access_token']}"}
        assert (await client.get("/api/v1/me", headers=new_headers)).status_code == 200
        assert (await client.get("/api/v1/me", headers=old_headers)).status_code == 401
        assert (await login(client, user.email, "a much newer passphrase"))[0] == 200
        assert (await login(client, user.email, PASSWORD))[0] == 401

    async def test_wrong_current_password_is_a_field_error(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        user = await create_user(session, await create_tenant(session))
        response = await client.post(
            "/api/v1/me/password",
            json={"current_password": "wrong", "new_password": "a much newer passphrase"},
            headers=bearer(settings, user),
        )
        assert response.status_code == 422
        assert response.json()["errors"][0]["loc"] == ["body", "current_password"]
        assert response.json()["errors"][0]["code"] == "auth.wrong_current_password"

    async def test_short_new_password_is_refused(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        user = await create_user(session, await create_tenant(session))
        response = await client.post(
            "/api/v1/me/password",
            json={"current_password": PASSWORD, "new_password": "short"},
            headers=bearer(settings, user),
        )
        assert response.status_code == 422
        assert response.json()["errors"][0]["code"] == "string_too_short"
