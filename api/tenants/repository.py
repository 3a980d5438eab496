from __future__ import annotations

from uuid import UUID

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from api.kit.repository import Repository
from api.models.tenant import Tenant, TenantStatus


class TenantRepository(Repository[Tenant]):
    model = Tenant

    async def get(self, tenant_id: UUID) -> Tenant:
        tenant = await self.get_one_or_none(select(Tenant).where(Tenant.id == tenant_id))
        assert tenant is not None, "an authenticated subject always has its tenant"
        return tenant

    async def is_active(self, tenant_id: UUID) -> bool:
        """Within a transaction scoped to the tenant (RLS shows no other)."""
        statement = select(Tenant.status).where(Tenant.id == tenant_id)
        status = (await self.session.execute(statement)).scalar_one_or_none()
        return status is TenantStatus.active

    async def every_tenant(self) -> list[Tenant]:
        """The operator's list: the operator_lookup policy admits every row to this transaction."""
        await self.session.execute(text("SELECT set_config('app.operator', 'on', true)"))
        rows = await self.session.execute(select(Tenant).order_by(Tenant.code))
        return list(rows.scalars())

    async def find_id_by_code(self, code: str) -> UUID | None:
        """Before a tenant is chosen, RLS admits exactly the tenant named by app.tenant_code."""
        await self.session.execute(
            text("SELECT set_config('app.tenant_code', :code, true)"), {"code": code}
        )
        result = await self.session.execute(select(Tenant.id).where(Tenant.code == code))
        return result.scalar_one_or_none()

    async def day_boundary_hour(self, tenant_id: UUID) -> int:
        """日替わり時刻: events before this hour (Asia/Tokyo) count for the previous day."""
        statement = select(Tenant.day_boundary_hour).where(Tenant.id == tenant_id)
        return int((await self.session.execute(statement)).scalar_one())

    async def every_id(self) -> list[UUID]:
        """Every tenant, for the jobs that serve them all: the `dispatcher_lookup` policy of the
        ccus_outbox migration admits the list only with `app.dispatcher` on, and only inside
        the transaction that asks."""
        await self.session.execute(text("SELECT set_config('app.dispatcher', 'on', true)"))
        # A suspended tenant's due work waits, untouched, until it is resumed.
        statement = select(Tenant.id).where(Tenant.status == TenantStatus.active)
        return list((await self.session.execute(statement.order_by(Tenant.id))).scalars())


async def tenant_ids(session: AsyncSession) -> list[UUID]:
    """Every tenant, for the jobs that serve them all."""
    return await TenantRepository(session).every_id()
