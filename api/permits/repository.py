"""建設業許可番号 rows of a business."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from sqlalchemy import select

from api.kit.repository import TenantScopedRepository
from api.models.master import Prefecture
from api.models.permit import BusinessPermit


class PermitRepository(TenantScopedRepository[BusinessPermit]):
    model = BusinessPermit

    async def of_business(self, tenant_id: UUID, business_id: UUID) -> Sequence[BusinessPermit]:
        return await self.get_all(
            self.scoped(tenant_id)
            .where(BusinessPermit.business_id == business_id)
            .order_by(BusinessPermit.expires_on, BusinessPermit.id)
        )

    async def get(
        self, tenant_id: UUID, business_id: UUID, permit_id: UUID
    ) -> BusinessPermit | None:
        return await self.get_one_or_none(
            self.scoped(tenant_id).where(
                BusinessPermit.business_id == business_id, BusinessPermit.id == permit_id
            )
        )

    async def remove(self, permit: BusinessPermit) -> None:
        await self.session.delete(permit)
        await self.session.flush()

    async def prefecture_exists(self, code: str) -> bool:
        statement = select(Prefecture.code).where(Prefecture.code == code)
        return (await self.session.execute(statement)).scalar_one_or_none() is not None
