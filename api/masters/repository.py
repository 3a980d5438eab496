from __future__ import annotations

from collections.abc import Iterable, Sequence
from uuid import UUID

from sqlalchemy import Select, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.kit.repository import TenantScopedRepository
from api.models.master import EmploymentType, InsuranceValue, Occupation, Position, Prefecture


class MasterRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def prefectures(self) -> Sequence[Prefecture]:
        return (
            (await self.session.execute(select(Prefecture).order_by(Prefecture.code)))
            .scalars()
            .all()
        )

    async def positions(self) -> Sequence[Position]:
        return (
            (await self.session.execute(select(Position).order_by(Position.code))).scalars().all()
        )

    async def employment_types(self) -> Sequence[EmploymentType]:
        statement = select(EmploymentType).order_by(EmploymentType.code)
        return (await self.session.execute(statement)).scalars().all()

    async def insurance_values(self) -> Sequence[InsuranceValue]:
        statement = select(InsuranceValue).order_by(InsuranceValue.kind, InsuranceValue.code)
        return (await self.session.execute(statement)).scalars().all()


class OccupationRepository(TenantScopedRepository[Occupation]):
    """Shipped rows (no tenant) and the tenant's own; RLS admits the same set."""

    model = Occupation

    def scoped(self, tenant_id: UUID) -> Select[Occupation]:
        return select(Occupation).where(
            or_(Occupation.tenant_id.is_(None), Occupation.tenant_id == tenant_id)
        )

    def visible(self, tenant_id: UUID) -> Select[Occupation]:
        return self.scoped(tenant_id)

    async def list(
        self, tenant_id: UUID, *, major_code: str | None, active_only: bool
    ) -> Sequence[Occupation]:
        statement = self.visible(tenant_id)
        if major_code is not None:
            statement = statement.where(Occupation.major_code == major_code)
        if active_only:
            statement = statement.where(Occupation.is_active)
        statement = statement.order_by(Occupation.major_code, Occupation.minor_code, Occupation.id)
        return (await self.session.execute(statement)).scalars().all()

    async def by_ids(self, tenant_id: UUID, ids: Iterable[UUID]) -> dict[UUID, Occupation]:
        statement = self.visible(tenant_id).where(Occupation.id.in_(set(ids)))
        return {row.id: row for row in (await self.session.execute(statement)).scalars()}

    async def codes_taken(self, tenant_id: UUID, major_code: str, minor_code: str) -> bool:
        condition = self.visible(tenant_id).where(
            Occupation.major_code == major_code, Occupation.minor_code == minor_code
        )
        return bool((await self.session.execute(select(condition.exists()))).scalar())
