"""Creating a tenant with its first administrator (used by the demo loader and the CLI)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.passwords import hash_password
from api.db import set_tenant
from api.kit.ids import uuid7
from api.models.tenant import Tenant
from api.models.user import User, UserRole
from api.tenants.repository import TenantRepository


@dataclass(frozen=True)
class NewTenant:
    code: str
    name: str
    admin_email: str
    admin_name: str
    admin_password: str


async def get_or_create_tenant(session: AsyncSession, data: NewTenant) -> tuple[Tenant, bool]:
    """Return the tenant with this code, creating it and its administrator if it is new."""
    tenant_id = await TenantRepository(session).find_id_by_code(data.code)
    if tenant_id is not None:
        await set_tenant(session, tenant_id)
        return await TenantRepository(session).get(tenant_id), False
    tenant = Tenant(id=uuid7(), code=data.code, name=data.name)
    # Row-level security admits the new row only once the transaction is scoped to it.
    await set_tenant(session, tenant.id)
    session.add(tenant)
    await session.flush()
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
