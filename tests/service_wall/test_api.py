"""The service wall alone, through the API: with row-level security bypassed, every operation is
called by one tenant's administrator with the other tenant's ids, and every read by that
administrator is searched for the other tenant's ids and names. Generated from the OpenAPI
document, so a new endpoint is covered the day it is added."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from uuid import UUID

import pytest_asyncio
from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.db import set_tenant
from api.models import Branch
from tests.fixtures.factories import bearer, create_tenant, create_user
from tests.reliability.operations import foreign_id_answers
from tests.reliability.victim import victim_ids
from tests.service_wall.reads import answer_text, read_urls
from tests.service_wall.tenant_rows import Snapshot, mark_names, needles, snapshot


@dataclass
class Tenants:
    victim: UUID
    victim_ids: dict[str, Any]
    victim_rows: Snapshot
    own: UUID
    own_ids: dict[str, Any]
    attacker: dict[str, str]


@pytest_asyncio.fixture(loop_scope="session")
async def tenants(session: AsyncSession, settings: Settings) -> Tenants:
    victim = await create_tenant(session, "被害テナント")
    foreign = await victim_ids(session, settings, victim)
    assert await mark_names(session, victim.id) >= 8
    attacker = await create_tenant(session, "攻撃テナント")
    own = await victim_ids(session, settings, attacker)
    headers = bearer(settings, await create_user(session, attacker))
    return Tenants(
        victim.id, foreign, await snapshot(session, victim.id), attacker.id, own, headers
    )


async def test_the_harness_really_bypasses_row_level_security(
    session: AsyncSession, tenants: Tenants
) -> None:
    role = text("SELECT rolbypassrls FROM pg_roles WHERE rolname = current_user")
    assert (await session.execute(role)).scalar_one()
    await set_tenant(session, tenants.own)
    tenant_ids = set((await session.execute(select(Branch.tenant_id))).scalars())
    assert tenants.victim in tenant_ids, "RLS still hides the victim: these sweeps prove nothing"


async def test_another_tenants_ids_answer_404_without_rls(
    app: FastAPI, client: AsyncClient, session: AsyncSession, tenants: Tenants
) -> None:
    calls, leaks = await foreign_id_answers(app, client, tenants.victim_ids, tenants.attacker)
    assert calls >= 35, "the OpenAPI document lost its operations"
    assert leaks == [], "\n".join(leaks)
    assert await snapshot(session, tenants.victim) == tenants.victim_rows


async def test_no_read_shows_another_tenants_rows_without_rls(
    app: FastAPI, client: AsyncClient, session: AsyncSession, tenants: Tenants
) -> None:
    betrayals = needles(tenants.victim_rows)
    own_worker = str(tenants.own_ids["worker_id"])
    leaks, answered, saw_own = [], 0, False
    for url in read_urls(app, tenants.own_ids, tenants.victim_ids):
        response = await client.get(url, headers=tenants.attacker)
        body = answer_text(response)
        answered += response.is_success
        saw_own = saw_own or (url.startswith("/api/v1/workers?") and own_worker in body)
        found = sorted(needle for needle in betrayals if needle in body)
        if found or response.status_code >= 500:
            leaks.append(f"GET {url} → {response.status_code} shows {found[:3]}")
    assert answered >= 100, "too few reads answered to prove anything"
    assert saw_own, "the worker list does not even show the caller's own worker"
    assert leaks == [], "\n".join(leaks)
    assert await snapshot(session, tenants.victim) == tenants.victim_rows
