"""Repository base: all SQL lives in repositories; tenant-owned ones always filter by tenant."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar, Generic, TypeVar
from uuid import UUID

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.kit.pagination import PageParams
from api.models.base import Model

M = TypeVar("M", bound=Model)


class Repository(Generic[M]):
    model: ClassVar[type[Any]]

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get_one_or_none(self, statement: Select[M]) -> M | None:
        result = await self.session.execute(statement)
        return result.unique().scalar_one_or_none()

    async def get_all(self, statement: Select[M]) -> Sequence[M]:
        result = await self.session.execute(statement)
        return result.unique().scalars().all()

    async def paginate(self, statement: Select[M], page: PageParams) -> tuple[Sequence[M], int]:
        count = select(func.count()).select_from(statement.order_by(None).subquery())
        total = (await self.session.execute(count)).scalar_one()
        rows = await self.get_all(statement.limit(page.limit).offset(page.offset))
        return rows, total

    async def add(self, instance: M) -> M:
        self.session.add(instance)
        await self.session.flush()
        return instance

    async def add_all(self, instances: Sequence[M]) -> None:
        self.session.add_all(instances)
        await self.session.flush()


class TenantScopedRepository(Repository[M]):
    """The service-side tenant wall. Every query starts from `scoped(tenant_id)`; row-level security
    in PostgreSQL is the second wall behind it."""

    registry: ClassVar[list[type[TenantScopedRepository[Any]]]] = []

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        TenantScopedRepository.registry.append(cls)

    def scoped(self, tenant_id: UUID) -> Select[M]:
        return select(self.model).where(self.model.tenant_id == tenant_id)

    async def get_by_id(self, tenant_id: UUID, id: UUID) -> M | None:
        return await self.get_one_or_none(self.scoped(tenant_id).where(self.model.id == id))
