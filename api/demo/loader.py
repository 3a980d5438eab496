"""Load the demo tenant idempotently: running it again changes nothing that exists."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from api.auth.passwords import hash_password
from api.auth.service import subject_for_user
from api.auth.subject import AuthSubject
from api.branches.repository import BranchRepository
from api.config import Settings
from api.demo.attendance import load_attendance
from api.demo.data import DEMO_ADMIN_EMAIL, demo_admin_password, demo_data
from api.demo.registry import load_registry
from api.demo.sites import load_sites
from api.kit.crypto import FieldCipher
from api.models.branch import Branch
from api.models.user import User, UserBranch, UserRole
from api.tenants.service import NewTenant, get_or_create_tenant
from api.users.repository import UserRepository


@dataclass(frozen=True)
class DemoSummary:
    tenant_id: UUID
    created: bool
    branches: int
    users: int
    businesses_added: int
    workers_added: int
    sites_added: int
    work_days_added: int


async def _branches(
    session: AsyncSession, tenant_id: UUID, rows: list[dict[str, Any]]
) -> dict[str, UUID]:
    repository = BranchRepository(session)
    existing = {
        branch.code: branch for branch in await repository.get_all(repository.scoped(tenant_id))
    }
    added = [Branch(tenant_id=tenant_id, **row) for row in rows if row["code"] not in existing]
    await repository.add_all(added)
    existing.update((branch.code, branch) for branch in added)
    return {code: branch.id for code, branch in existing.items()}


async def _users(
    session: AsyncSession, tenant_id: UUID, rows: list[dict[str, Any]], branch_ids: dict[str, UUID]
) -> int:
    repository = UserRepository(session)
    existing = {user.email for user in await repository.get_all(repository.scoped(tenant_id))}
    added = []
    for row in rows:
        if row["email"] in existing:
            continue
        added.append(
            User(
                tenant_id=tenant_id,
                email=row["email"],
                name=row["name"],
                role=UserRole(row["role"]),
                password_hash=hash_password(demo_admin_password()),
                branch_links=[
                    UserBranch(tenant_id=tenant_id, branch_id=branch_ids[code])
                    for code in row["branches"]
                ],
            )
        )
    await repository.add_all(added)
    return len(rows)


async def _admin_subject(session: AsyncSession, tenant_id: UUID) -> AuthSubject:
    repository = UserRepository(session)
    users = await repository.get_all(
        repository.scoped(tenant_id)
        .where(User.email == DEMO_ADMIN_EMAIL)
        .options(selectinload(User.branch_links))
    )
    return subject_for_user(users[0])


async def load_demo(session: AsyncSession, settings: Settings, cipher: FieldCipher) -> DemoSummary:
    data = demo_data()
    tenant, created = await get_or_create_tenant(
        session,
        NewTenant(
            code=data["tenant"]["code"],
            name=data["tenant"]["name"],
            admin_email=DEMO_ADMIN_EMAIL,
            admin_name="デモ 管理者",
            admin_password=demo_admin_password(),
        ),
    )
    branch_ids = await _branches(session, tenant.id, data["branches"])
    users = await _users(session, tenant.id, data["users"], branch_ids)
    admin = await _admin_subject(session, tenant.id)
    businesses, workers = await load_registry(
        session, admin, settings, cipher, data["businesses"], data["workers"]
    )
    sites = await load_sites(session, admin, data["sites"])
    work_days = await load_attendance(session, admin, settings)
    return DemoSummary(
        tenant_id=tenant.id,
        created=created,
        branches=len(branch_ids),
        users=users + 1,
        businesses_added=businesses,
        workers_added=workers,
        sites_added=sites,
        work_days_added=work_days,
    )
