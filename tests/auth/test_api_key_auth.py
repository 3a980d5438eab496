"""API key authentication: scopes, key kinds, refused keys, recorded use."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.models.api_key import ApiKeyKind
from tests.fixtures.factories import (
    create_api_key,
    create_branch,
    create_tenant,
)


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

    async def test_a_key_sent_as_the_bearer_token_is_taken_as_the_key(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        await create_branch(session, tenant)
        _, secret = await create_api_key(session, settings, tenant, scopes=["registry:read"])
        bearer = {"Authorization": f"Bearer {secret}"}
        response = await client.get("/api/v1/branches", headers=bearer)
        assert response.status_code == 200, response.text
        assert response.json()["pagination"]["total_count"] == 1
        # Its scopes still hold, and a wrong key is refused as a key.
        refused = await client.get("/api/v1/attendance", headers=bearer)
        assert (refused.status_code, refused.json()["code"]) == (403, "auth.insufficient_scope")
        wrong = {
            "Authorization": f"Bearer {secret[:-4]}{'AAAA' if secret[-4:] != 'AAAA' else 'BBBB'}"
        }
        response = await client.get("/api/v1/branches", headers=wrong)
        assert (response.status_code, response.json()["code"]) == (401, "auth.invalid_api_key")

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
