"""R6: credentials stay inside their scope — generated from the OpenAPI document."""

from __future__ import annotations

import re
from typing import Any

from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.models.api_key import ApiKeyKind
from api.models.user import UserRole
from tests.fixtures.factories import bearer, create_api_key, create_tenant, create_user

NIL = "00000000-0000-0000-0000-000000000000"
ENUMS = {"kind": "workers", "table": "sites"}
QUERY = {"month": "2026-11"}
# Operations every signed-in account may call on itself.
OWN_ACCOUNT = {"/api/v1/auth/token", "/api/v1/me", "/api/v1/me/password"}


def _operations(app: FastAPI) -> list[tuple[str, str, dict[str, Any]]]:
    found = []
    for path, methods in app.openapi()["paths"].items():
        if not path.startswith("/api/v1/") or path in OWN_ACCOUNT:
            continue
        for method, operation in methods.items():
            url = re.sub(r"\{(\w+)\}", lambda match: ENUMS.get(match.group(1), NIL), path)
            required = [
                p["name"]
                for p in operation.get("parameters", [])
                if p["in"] == "query" and p.get("required")
            ]
            if required:
                url += "?" + "&".join(f"{name}={QUERY[name]}" for name in required)
            found.append((method.upper(), url, operation))
    return found


async def _refusals(
    client: AsyncClient, app: FastAPI, headers: dict[str, str], wanted: Any
) -> list[str]:
    wrong = []
    for method, url, operation in _operations(app):
        if not wanted(method, url):
            continue
        body: dict[str, Any] | None = (
            {} if operation.get("requestBody", {}).get("required") else None
        )
        if "multipart/form-data" in operation.get("requestBody", {}).get("content", {}):
            response = await client.request(
                method,
                url,
                headers=headers,
                files={"file": ("x.csv", b"a")},
                data={"kind": "workers"},
            )
        else:
            response = await client.request(method, url, headers=headers, json=body)
        if response.status_code != 403:
            wrong.append(f"{method} {url} → {response.status_code}")
    return wrong


async def test_viewers_cannot_write_anything(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    viewer = bearer(settings, await create_user(session, tenant, UserRole.viewer))
    assert (
        await _refusals(
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
        await _refusals(
            client, app, {"X-API-Key": key}, lambda method, url: "/terminal/" not in url
        )
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

    assert await _refusals(client, app, {"X-API-Key": key}, wanted) == []


async def test_staff_cannot_administer(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    staff = bearer(settings, await create_user(session, tenant, UserRole.staff))
    admin_only = ("/api/v1/users", "/api/v1/api-keys", "/api/v1/audit-log")

    def wanted(method: str, url: str) -> bool:
        return url.startswith(admin_only) or url.endswith("/verification-number/reveal")

    assert await _refusals(client, app, staff, wanted) == []
