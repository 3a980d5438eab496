"""A site's workers (施工体制技能者) and the occupations they may be placed with."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from sqlalchemy import Select, and_, exists, select

from api.kit.repository import TenantScopedRepository
from api.models.attendance import WorkDay
from api.models.structure import SiteWorker
from api.models.worker import Worker, WorkerOccupation, WorkerPhone
from api.structure.join_repository import WorkerJoins

SiteWorkerRow = tuple[SiteWorker, Worker, bool, str | None]


class SiteWorkerRepository(WorkerJoins, TenantScopedRepository[SiteWorker]):
    model = SiteWorker

    def _with_worker(
        self, tenant_id: UUID, site_id: UUID
    ) -> Select[SiteWorker, Worker, bool, str | None]:
        """Each site worker with its worker, whether it has attendance here (入退場有無), and the
        worker's first mobile number."""
        attended = exists().where(
            WorkDay.tenant_id == tenant_id,
            WorkDay.site_id == site_id,
            WorkDay.worker_id == SiteWorker.worker_id,
        )
        phone = (
            select(WorkerPhone.number)
            .where(WorkerPhone.tenant_id == tenant_id, WorkerPhone.worker_id == Worker.id)
            .order_by(WorkerPhone.position)
            .limit(1)
            .scalar_subquery()
        )
        return (
            select(SiteWorker, Worker, attended, phone)
            .join(
                Worker,
                and_(Worker.tenant_id == SiteWorker.tenant_id, Worker.id == SiteWorker.worker_id),
            )
            .where(SiteWorker.tenant_id == tenant_id, SiteWorker.site_id == site_id)
        )

    async def entries(self, tenant_id: UUID, site_id: UUID) -> Sequence[SiteWorkerRow]:
        statement = self._with_worker(tenant_id, site_id).order_by(
            Worker.family_kana, Worker.given_kana, Worker.id
        )
        return [tuple(row) for row in (await self.session.execute(statement)).all()]  # type: ignore[misc]

    async def entry(self, tenant_id: UUID, site_id: UUID, worker_id: UUID) -> SiteWorkerRow | None:
        statement = self._with_worker(tenant_id, site_id).where(SiteWorker.worker_id == worker_id)
        row = (await self.session.execute(statement)).one_or_none()
        return (row[0], row[1], row[2], row[3]) if row else None

    async def of_business(
        self, tenant_id: UUID, site_id: UUID, business_id: UUID
    ) -> list[SiteWorker]:
        return list(
            await self.get_all(
                self.scoped(tenant_id).where(
                    SiteWorker.site_id == site_id, SiteWorker.business_id == business_id
                )
            )
        )

    async def has_history(self, tenant_id: UUID, site_id: UUID, worker_id: UUID) -> bool:
        """Work days of the worker on the site: its CCUS history rests on this site worker."""
        statement = select(
            exists().where(
                WorkDay.tenant_id == tenant_id,
                WorkDay.site_id == site_id,
                WorkDay.worker_id == worker_id,
            )
        )
        return bool((await self.session.execute(statement)).scalar())

    async def worker_occupations(self, tenant_id: UUID, worker: Worker) -> set[UUID]:
        further = await self.session.execute(
            select(WorkerOccupation.occupation_id).where(
                WorkerOccupation.tenant_id == tenant_id, WorkerOccupation.worker_id == worker.id
            )
        )
        return {worker.primary_occupation_id, *further.scalars()}
