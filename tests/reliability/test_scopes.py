"""R6: credentials stay inside their scope — generated from the OpenAPI document."""

from __future__ import annotations

from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.models.api_key import ApiKeyKind
from api.models.user import UserRole
from tests.fixtures.factories import bearer, create_api_key, create_tenant, create_user
from tests.reliability.scope_refusals import refusals


async def test_viewers_cannot_write_anything(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    viewer = bearer(settings, await create_user(session, tenant, UserRole.viewer))
    assert (
        await refusals(
            client, app, viewer, lambda method, url: method != "GET" and "/terminal/" not in url
        )
        == []
    )


async def test_terminal_keys_may_only_post_events(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    _, key = await create_api_key(
        session, settings, tenant, ApiKeyKind.terminal, scopes=["terminal:events"]
    )
    assert (
        await refusals(client, app, {"X-API-Key": key}, lambda method, url: "/terminal/" not in url)
        == []
    )


async def test_partner_keys_stay_inside_their_scopes(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    _, key = await create_api_key(
        session, settings, tenant, ApiKeyKind.partner, scopes=["registry:read"]
    )
    outside = (
        "/api/v1/attendance",
        "/api/v1/ccus",
        "/api/v1/users",
        "/api/v1/api-keys",
        "/api/v1/audit-log",
        "/api/v1/terminal",
    )

    def wanted(method: str, url: str) -> bool:
        # CCUS取得 reads the registry's own entities, so registry:read covers it.
        if "/ccus/remote/" in url:
            return False
        return url.startswith(outside) or method != "GET"

    assert await refusals(client, app, {"X-API-Key": key}, wanted) == []


async def test_staff_cannot_administer(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    staff = bearer(settings, await create_user(session, tenant, UserRole.staff))
    admin_only = ("/api/v1/users", "/api/v1/api-keys", "/api/v1/audit-log")

    def wanted(method: str, url: str) -> bool:
        return url.startswith(admin_only) or url.endswith("/verification-number/reveal")

    assert await refusals(client, app, staff, wanted) == []
