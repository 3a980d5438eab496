"""Login limits per email and the form's field errors."""

from __future__ import annotations

from arq.connections import ArqRedis
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from tests.auth.helpers import login
from tests.fixtures.factories import (
    PASSWORD,
    create_tenant,
    create_user,
)


class TestLoginLimits:
    async def test_failed_logins_are_limited_per_email(
        self, client: AsyncClient, session: AsyncSession, settings: Settings, redis: ArqRedis
    ) -> None:
        user = await create_user(session, await create_tenant(session))
        for _ in range(settings.login_max_failures):
            assert (await login(client, user.email, "wrong password"))[0] == 401
        response = await client.post(
            "/api/v1/auth/token", data={"username": user.email, "password": PASSWORD}
        )
        assert response.status_code == 429
        assert response.json()["code"] == "auth.too_many_attempts"
        assert 0 < int(response.headers["retry-after"]) <= settings.login_failure_window_seconds
        # Another account from the same address is not locked out by this one.
        other = await create_user(session, await create_tenant(session))
        assert (await login(client, other.email, PASSWORD))[0] == 200

    async def test_a_successful_login_resets_the_failure_count(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        user = await create_user(session, await create_tenant(session))
        for _ in range(settings.login_max_failures - 1):
            await login(client, user.email, "wrong password")
        assert (await login(client, user.email, PASSWORD))[0] == 200
        for _ in range(settings.login_max_failures - 1):
            await login(client, user.email, "wrong password")
        assert (await login(client, user.email, PASSWORD))[0] == 200

    async def test_missing_form_fields_are_field_errors(self, client: AsyncClient) -> None:
        response = await client.post("/api/v1/auth/token", data={"username": "a@example.com"})
        assert response.status_code == 422
        assert response.json()["code"] == "request.validation"
        assert ["body", "password"] in [error["loc"] for error in response.json()["errors"]]
