"""R3: every operation that takes an id, called with another tenant's ids (and by staff limited
to another branch) — generated from the OpenAPI document, so a new endpoint is covered the day
it is added."""

from __future__ import annotations

import re
from typing import Any

from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.models.user import UserRole
from tests.fixtures.factories import bearer, create_branch, create_tenant, create_user
from tests.reliability.victim import TABLE_PARAMS, victim_ids

ENUM_VALUES = {"kind": "workers", "table": "sites"}
# Values for required query parameters, so that a request reaches the id lookup.
QUERY_VALUES = {"month": "2026-11"}
BRANCH_SCOPED = (
    "/api/v1/businesses",
    "/api/v1/workers",
    "/api/v1/sites",
    "/api/v1/attendance",
    "/api/v1/ccus/remote",
)


def operations_with_ids(app: FastAPI) -> list[tuple[str, str, dict[str, Any]]]:
    found = []
    for path, methods in app.openapi()["paths"].items():
        for method, operation in methods.items():
            parameters = operation.get("parameters", [])
            if any(p["in"] == "path" and p["name"] not in ENUM_VALUES for p in parameters):
                found.append((method.upper(), path, operation))
    return found


def _fill(path: str, values: dict[str, Any]) -> str:
    return re.sub(r"\{(\w+)\}", lambda match: str(values[match.group(1)]), path)


def _urls(path: str, ids: dict[str, Any], operation: dict[str, Any]) -> list[str]:
    required = [
        p["name"]
        for p in operation.get("parameters", [])
        if p["in"] == "query" and p.get("required")
    ]
    query = "?" + "&".join(f"{name}={QUERY_VALUES[name]}" for name in required) if required else ""
    urls = []
    for table in TABLE_PARAMS if "{entity_id}" in path else ["sites"]:
        values = {**ids, "kind": ENUM_VALUES["kind"], "table": table}
        values["entity_id"] = ids[TABLE_PARAMS[table]]
        urls.append(_fill(path, values) + query)
    return urls


async def test_no_operation_answers_anything_for_another_tenants_ids(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    victim = await create_tenant(session, "被害テナント")
    ids = await victim_ids(session, settings, victim)
    attacker = bearer(
        settings, await create_user(session, await create_tenant(session, "攻撃テナント"))
    )
    operations = operations_with_ids(app)
    assert len(operations) >= 25, "the OpenAPI document lost its operations"
    leaks = []
    for method, path, operation in operations:
        body_required = operation.get("requestBody", {}).get("required", False)
        # A body the schema refuses is answered before any lookup; anything else must be 404.
        allowed = {404, 422} if body_required else {404}
        for url in _urls(path, ids, operation):
            body: dict[str, Any] | None = {} if body_required else None
            response = await client.request(method, url, headers=attacker, json=body)
            if response.status_code not in allowed:
                leaks.append(f"{method} {url} → {response.status_code} {response.text[:120]}")
    assert leaks == []


async def test_branch_limited_staff_get_404_for_other_branches_data(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    ids = await victim_ids(session, settings, tenant)
    own_branch = await create_branch(session, tenant, name="自支店")
    staff = bearer(
        settings, await create_user(session, tenant, UserRole.staff, branches=[own_branch])
    )
    leaks = []
    checked = 0
    for method, path, operation in operations_with_ids(app):
        if method != "GET" or not path.startswith(BRANCH_SCOPED):
            continue
        for url in _urls(path, ids, operation):
            checked += 1
            response = await client.get(url, headers=staff)
            if response.status_code != 404:
                leaks.append(f"GET {url} → {response.status_code}")
    assert checked >= 10
    assert leaks == []
