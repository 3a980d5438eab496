"""Bearer tokens: missing, malformed, foreign-signed and deactivated users' tokens."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import jwt
import pytest
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from tests.fixtures.factories import (
    bearer,
    create_tenant,
    create_user,
)


class TestBearerToken:
    async def test_no_credentials(self, client: AsyncClient) -> None:
        response = await client.get("/api/v1/me")
        assert response.status_code == 401
        assert response.json()["code"] == "auth.missing_credentials"
        assert response.headers["www-authenticate"] == "Bearer"

    @pytest.mark.parametrize(
        "mutate",
        [
            pytest.param(
                lambda p: {**p, "exp": datetime.now(UTC) - timedelta(seconds=1)}, id="expired"
            ),
            pytest.param(lambda p: {**p, "iss": "someone-else"}, id="wrong-issuer"),
            pytest.param(
                lambda p: {k: v for k, v in p.items() if k != "sv"}, id="no-session-version"
            ),
        ],
    )
    async def test_bad_tokens_are_refused(
        self,
        client: AsyncClient,
        session: AsyncSession,
        settings: Settings,
        mutate: Callable[[dict[str, Any]], dict[str, Any]],
    ) -> None:
        user = await create_user(session, await create_tenant(session))
        payload = {
            "iss": settings.jwt_issuer,
            "sub": str(user.id),
            "tid": str(user.tenant_id),
            "sv": user.session_version,
            "iat": datetime.now(UTC),
            "exp": datetime.now(UTC) + timedelta(minutes=5),
        }
        token = jwt.encode(
            mutate(payload), settings.jwt_secret.get_secret_value(), algorithm="HS256"
        )
        response = await client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
        assert (response.status_code, response.json()["code"]) == (401, "auth.invalid_token")

    async def test_a_token_signed_with_another_key_is_refused(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        user = await create_user(session, await create_tenant(session))
        forged = jwt.encode(
            {
                "iss": settings.jwt_issuer,
                "sub": str(user.id),
                "tid": str(user.tenant_id),
                "sv": 1,
                "iat": datetime.now(UTC),
                "exp": datetime.now(UTC) + timedelta(minutes=5),
            },
            "x" * 40,
            algorithm="HS256",
        )
        response = await client.get("/api/v1/me", headers={"Authorization": f"Bearer {forged}"})
        assert response.status_code == 401

    async def test_deactivated_users_token_stops_working(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        user = await create_user(session, await create_tenant(session))
        headers = bearer(settings, user)
        assert (await client.get("/api/v1/me", headers=headers)).status_code == 200
        user.is_active = False
        await session.flush()
        assert (await client.get("/api/v1/me", headers=headers)).status_code == 401
