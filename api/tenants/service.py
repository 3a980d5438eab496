"""Provisioning tenants: create, list, suspend, resume, invite the first administrator.
The CLI (`python -m api.tenants`), the operator API and the demo loader all come here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from api.accounts.service import invite_new_user
from api.audit import service as audit
from api.audit.service import Actor
from api.auth.passwords import hash_password
from api.config import Settings
from api.db import set_tenant
from api.kit.ids import uuid7
from api.models.tenant import Tenant, TenantStatus
from api.models.user import User, UserRole
from api.tenants.errors import TenantCodeTaken, TenantNotFound
from api.tenants.repository import TenantRepository


@dataclass(frozen=True)
class NewTenant:
    code: str
    name: str
    admin_email: str
    admin_name: str
    admin_password: str


async def create_tenant(session: AsyncSession, actor: Actor, *, code: str, name: str) -> Tenant:
    if await TenantRepository(session).find_id_by_code(code) is not None:
        raise TenantCodeTaken()
    tenant = Tenant(id=uuid7(), code=code, name=name, status=TenantStatus.active)
    # Row-level security admits the new row only once the transaction is scoped to it.
    await set_tenant(session, tenant.id)
    await TenantRepository(session).add(tenant)
    changes = {"code": [None, code], "name": [None, name]}
    await audit.record_by(session, tenant.id, actor, "tenant.create", "tenant", tenant.id, changes)
    return tenant


async def get_tenant(session: AsyncSession, code: str) -> Tenant:
    tenant_id = await TenantRepository(session).find_id_by_code(code)
    if tenant_id is None:
        raise TenantNotFound()
    await set_tenant(session, tenant_id)
    return await TenantRepository(session).get(tenant_id)


async def list_tenants(session: AsyncSession) -> list[Tenant]:
    return await TenantRepository(session).every_tenant()


async def set_status(
    session: AsyncSession, actor: Actor, code: str, status: TenantStatus
) -> Tenant:
    """Suspend or resume. Only the status changes: the tenant's data stays as it was."""
    tenant = await get_tenant(session, code)
    before = tenant.status
    if before is not status:
        tenant.status = status
        tenant.suspended_at = datetime.now(UTC) if status is TenantStatus.suspended else None
        await session.flush()
        action = "tenant.suspend" if status is TenantStatus.suspended else "tenant.resume"
        changes = {"status": [before.value, status.value]}
        await audit.record_by(session, tenant.id, actor, action, "tenant", tenant.id, changes)
    return tenant


async def invite_admin(
    session: AsyncSession, settings: Settings, actor: Actor, code: str, *, email: str, name: str
) -> User:
    tenant = await get_tenant(session, code)
    return await invite_new_user(
        session, settings, tenant, actor, email=email, name=name, role=UserRole.admin
    )


async def get_or_create_tenant(session: AsyncSession, data: NewTenant) -> tuple[Tenant, bool]:
    """The demo's tenant with an administrator whose password is known (no email needed)."""
    tenant_id = await TenantRepository(session).find_id_by_code(data.code)
    if tenant_id is not None:
        await set_tenant(session, tenant_id)
        return await TenantRepository(session).get(tenant_id), False
    tenant = await create_tenant(
        session, Actor(type="operator", label="demo-loader"), code=data.code, name=data.name
    )
    session.add(
        User(
            tenant_id=tenant.id,
            email=data.admin_email.strip().lower(),
            name=data.admin_name,
            role=UserRole.admin,
            password_hash=hash_password(data.admin_password),
        )
    )
    await session.flush()
    return tenant, True
