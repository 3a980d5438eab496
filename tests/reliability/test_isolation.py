"""R3: every operation that takes an id, called with another tenant's ids (and by staff limited
to another branch) — generated from the OpenAPI document, so a new endpoint is covered the day
it is added."""

from __future__ import annotations

from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.models.user import UserRole
from tests.fixtures.factories import bearer, create_branch, create_tenant, create_user
from tests.reliability.operations import foreign_id_answers, operations_with_ids, urls
from tests.reliability.victim import victim_ids

BRANCH_SCOPED = (
    "/api/v1/businesses",
    "/api/v1/workers",
    "/api/v1/sites",
    "/api/v1/attendance",
    "/api/v1/ccus/remote",
)


async def test_no_operation_answers_anything_for_another_tenants_ids(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    victim = await create_tenant(session, "被害テナント")
    ids = await victim_ids(session, settings, victim)
    attacker = bearer(
        settings, await create_user(session, await create_tenant(session, "攻撃テナント"))
    )
    calls, leaks = await foreign_id_answers(app, client, ids, attacker)
    assert calls >= 25, "the OpenAPI document lost its operations"
    assert leaks == [], "\n".join(leaks)


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
        for url in urls(path, ids, operation):
            checked += 1
            response = await client.get(url, headers=staff)
            if response.status_code != 404:
                leaks.append(f"GET {url} → {response.status_code}")
    assert checked >= 10
    assert leaks == [], "\n".join(leaks)
