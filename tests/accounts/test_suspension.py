"""A suspended tenant: its tokens, API keys, logins and jobs are refused; its data is kept;
resuming restores everything."""

from __future__ import annotations

from datetime import UTC, datetime

from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.ccus.repositories.outbox import OutboxRepository
from api.config import Settings
from api.db import set_tenant
from api.kit.ids import uuid7
from api.models.api_key import ApiKeyKind
from api.models.ccus_outbox import OutboxKind, OutboxRow
from api.models.user import User
from api.tenants.repository import TenantRepository
from tests.accounts.conftest import OPERATOR
from tests.accounts.flows import bearer_of, login
from tests.fixtures.factories import (
    PASSWORD,
    create_api_key,
    create_business,
    create_tenant,
    create_user,
    unique,
)
from tests.fixtures.jobs import Fold


async def _users(session: AsyncSession, tenant_id: object) -> int:
    await set_tenant(session, tenant_id)  # type: ignore[arg-type]
    statement = select(func.count()).select_from(User).where(User.tenant_id == tenant_id)
    return int((await session.execute(statement)).scalar_one())


async def test_every_credential_is_refused_while_suspended_and_works_after_resume(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    user = await create_user(session, tenant)
    _, key = await create_api_key(session, settings, tenant, ApiKeyKind.partner)
    headers = await bearer_of(client, user.email, PASSWORD)
    users_before = await _users(session, tenant.id)

    ops = "/api/v1/operator/tenants"
    await client.post(f"{ops}/{tenant.code}/suspend", headers=OPERATOR)
    answers = [
        await client.get("/api/v1/me", headers=headers),
        await client.get("/api/v1/sites", headers={"X-API-Key": key}),
        await login(client, user.email, PASSWORD),
    ]
    for answer in answers:
        assert (answer.status_code, answer.json()["code"]) == (403, "tenant.suspended")
        assert answer.headers["content-type"] == "application/problem+json"
    assert await _users(session, tenant.id) == users_before

    await client.post(f"{ops}/{tenant.code}/resume", headers=OPERATOR)
    assert (await client.get("/api/v1/me", headers=headers)).status_code == 200
    assert (await client.get("/api/v1/sites", headers={"X-API-Key": key})).status_code == 200


async def test_sweeps_pass_over_a_suspended_tenant(
    client: AsyncClient, session: AsyncSession
) -> None:
    active, suspended = await create_tenant(session), await create_tenant(session)
    await client.post(f"/api/v1/operator/tenants/{suspended.code}/suspend", headers=OPERATOR)
    every = await TenantRepository(session).every_id()
    assert active.id in every
    assert suspended.id not in every


async def test_a_suspended_tenants_outbox_waits_and_its_fold_does_nothing(
    client: AsyncClient, session: AsyncSession, fold: Fold
) -> None:
    active, suspended = await create_tenant(session), await create_tenant(session)
    for tenant in (active, suspended):
        business = await create_business(session, tenant)
        session.add(
            OutboxRow(
                tenant_id=tenant.id,
                kind=OutboxKind.business,
                entity_id=business.id,
                scheduled_for=datetime(2026, 11, 25, tzinfo=UTC),
                idempotency_key=unique("key") + uuid7().hex,
            )
        )
        await session.flush()
    await client.post(f"/api/v1/operator/tenants/{suspended.code}/suspend", headers=OPERATOR)
    claimed = await OutboxRepository(session).claim_due(datetime.now(UTC), 1000)
    tenants = {row.tenant_id for row in claimed}
    assert active.id in tenants
    assert suspended.id not in tenants
    assert await fold(suspended.id) == 0
