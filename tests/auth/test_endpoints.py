from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import jwt
import pytest
from arq.connections import ArqRedis
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.models.api_key import ApiKeyKind
from api.models.user import UserRole
from tests.fixtures.factories import (
    PASSWORD,
    bearer,
    create_api_key,
    create_branch,
    create_tenant,
    create_user,
)


async def login(client: AsyncClient, email: str, password: str) -> tuple[int, dict[str, object]]:
    response = await client.post(
        "/api/v1/auth/token", data={"username": email, "password": password}
    )
    return response.status_code, response.json()


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


class TestApiKeyAuthentication:
    async def test_partner_key_reads_within_its_scopes(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        await create_branch(session, tenant)
        _, secret = await create_api_key(session, settings, tenant, scopes=["registry:read"])
        response = await client.get("/api/v1/branches", headers={"X-API-Key": secret})
        assert response.status_code == 200
        assert response.json()["pagination"]["total_count"] == 1

    async def test_partner_key_outside_its_scopes_is_refused(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        _, secret = await create_api_key(session, settings, tenant, scopes=["attendance:read"])
        response = await client.get("/api/v1/branches", headers={"X-API-Key": secret})
        assert (response.status_code, response.json()["code"]) == (403, "auth.insufficient_scope")

    async def test_terminal_key_cannot_call_staff_operations(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        _, secret = await create_api_key(
            session, settings, tenant, ApiKeyKind.terminal, scopes=["terminal:events"]
        )
        response = await client.get("/api/v1/branches", headers={"X-API-Key": secret})
        assert (response.status_code, response.json()["code"]) == (403, "auth.insufficient_scope")

    async def test_wrong_secret_revoked_and_expired_keys_are_refused(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        key, secret = await create_api_key(session, settings, tenant)
        tampered = secret[:-4] + ("AAAA" if not secret.endswith("AAAA") else "BBBB")
        for raw in (tampered, "gk_short", "not-a-key"):
            response = await client.get("/api/v1/branches", headers={"X-API-Key": raw})
            assert (response.status_code, response.json()["code"]) == (401, "auth.invalid_api_key")
        key.expires_at = datetime.now(UTC) - timedelta(seconds=1)
        await session.flush()
        assert (
            await client.get("/api/v1/branches", headers={"X-API-Key": secret})
        ).status_code == 401
        key.expires_at, key.revoked_at = None, datetime.now(UTC)
        await session.flush()
        assert (
            await client.get("/api/v1/branches", headers={"X-API-Key": secret})
        ).status_code == 401

    async def test_use_is_recorded(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        key, secret = await create_api_key(session, settings, tenant)
        assert key.last_used_at is None
        assert (
            await client.get("/api/v1/branches", headers={"X-API-Key": secret})
        ).status_code == 200
        await session.refresh(key)
        assert key.last_used_at is not None
