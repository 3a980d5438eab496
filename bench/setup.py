"""Data every benchmark starts from: a tenant, sites, businesses, workers and a terminal key."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

import asyncpg
from sqlalchemy import text

from api.auth.api_key_secrets import generate_key, hash_secret
from api.auth.passwords import hash_password
from api.db import set_tenant, unit_of_work
from api.kit.ids import uuid7
from api.models.api_key import ApiKey, ApiKeyKind
from api.models.branch import Branch
from api.models.tenant import Tenant
from api.models.user import User, UserRole
from bench.harness import Stack
from migrations.masters import occupation_id

REBAR = occupation_id("10", "01")
PASSWORD = "bench-password-1"


@dataclass(frozen=True)
class World:
    tenant_id: UUID
    user_email: str
    site_ids: list[UUID]
    worker_ids: list[UUID]
    terminal_key: str


async def build_world(stack: Stack, *, sites: int, workers: int, businesses: int = 50) -> World:
    tenant_id = uuid7()
    email = f"{tenant_id.hex[-12:]}@bench.test"
    key = generate_key()
    async with unit_of_work(stack.sessionmaker, None) as session:
        # Row-level security admits the new tenant only once the transaction is scoped to it.
        await set_tenant(session, tenant_id)
        session.add(Tenant(id=tenant_id, name=f"bench {tenant_id}", code=tenant_id.hex[-16:]))
        await session.flush()
        branch = Branch(tenant_id=tenant_id, code="001", name="本社")
        session.add(branch)
        session.add(
            User(
                tenant_id=tenant_id,
                email=email,
                name="bench",
                role=UserRole.admin,
                password_hash=hash_password(PASSWORD),
            )
        )
        await session.flush()
        params = {"tenant": tenant_id, "branch": branch.id, "rebar": REBAR}
        # Set-based inserts: building 10,000 workers row by row would dominate the run.
        await session.execute(
            text(
                "INSERT INTO businesses (id, tenant_id, code, name, name_kana, phone, representative_name,"
                " is_own_company, ccus_status) SELECT gen_random_uuid(), :tenant, 'B' || lpad(n::text, 5, '0'),"
                " '事業者' || n, 'ジギョウシャ', '0312345678', '代表', false, 'not_linked'"
                " FROM generate_series(1, :count) n"
            ),
            {**params, "count": businesses},
        )
        await session.execute(
            text(
                "INSERT INTO business_branches (tenant_id, business_id, branch_id) SELECT :tenant, id, :branch FROM businesses WHERE tenant_id = :tenant"
            ),
            params,
        )
        await session.execute(
            text(
                "INSERT INTO sites (id, tenant_id, branch_id, code, name, city, work_location_memo, work_locations,"
                " structure_mode, is_visible, face_recognition, uses_kentaikyo, uses_legal_welfare,"
                " uses_workers_comp, ccus_status) SELECT gen_random_uuid(), :tenant, :branch,"
                " 'S' || lpad(n::text, 5, '0'), '現場' || n, '千代田区', false, '[]', 'send', true, false,"
                " false, false, false, 'not_linked' FROM generate_series(1, :count) n"
            ),
            {**params, "count": sites},
        )
        await session.execute(
            text(
                "INSERT INTO workers (id, tenant_id, business_id, code, family_name, given_name, family_kana,"
                " given_kana, birth_date, employment_type_code, primary_occupation_id, qualifications, ccus_status)"
                " SELECT gen_random_uuid(), :tenant, b.id, 'W' || lpad(n::text, 6, '0'), '川越', '十郎' || n,"
                " 'カワゴエ', 'ジュウロウ', DATE '1980-01-01' + (n % 9000), '02', :rebar, '[]', 'not_linked'"
                " FROM generate_series(1, :count) n"
                " JOIN LATERAL (SELECT id FROM businesses WHERE tenant_id = :tenant"
                "   ORDER BY code OFFSET (n % :businesses) LIMIT 1) b ON true"
            ),
            {**params, "count": workers, "businesses": businesses},
        )
        site_ids = list(
            (
                await session.execute(
                    text("SELECT id FROM sites WHERE tenant_id = :tenant ORDER BY code"), params
                )
            ).scalars()
        )
        worker_ids = list(
            (
                await session.execute(
                    text("SELECT id FROM workers WHERE tenant_id = :tenant ORDER BY code"), params
                )
            ).scalars()
        )
        session.add(
            ApiKey(
                tenant_id=tenant_id,
                name="bench gate",
                kind=ApiKeyKind.terminal,
                prefix=key.prefix,
                secret_hash=hash_secret(
                    stack.settings.api_key_pepper.get_secret_value(), key.secret
                ),
                scopes=["terminal:events"],
                site_ids=site_ids,
            )
        )
    await _analyze(stack)
    return World(tenant_id, email, site_ids, worker_ids, key.full)


async def _analyze(stack: Stack) -> None:
    """Statistics as a database in service has them for its master data (autovacuum gathers
    them within a minute of a load); the tables a benchmark grows are left to catch up."""
    connection = await asyncpg.connect(
        stack.servers.owner_url.replace("postgresql+asyncpg://", "postgresql://")
    )
    try:
        await connection.execute("ANALYZE tenants, businesses, sites, workers, api_keys")
    finally:
        await connection.close()
