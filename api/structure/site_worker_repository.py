"""A site's workers (施工体制技能者) and the occupations they may be placed with."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from sqlalchemy import Select, and_, exists, select

from api.kit.repository import TenantScopedRepository
from api.models.attendance import WorkDay
from api.models.structure import SiteWorker
from api.models.worker import Worker, WorkerOccupation
from api.structure.join_repository import WorkerJoins


class SiteWorkerRepository(WorkerJoins, TenantScopedRepository[SiteWorker]):
    model = SiteWorker

    def _with_worker(self, tenant_id: UUID, site_id: UUID) -> Select[SiteWorker, Worker, bool]:
        attended = exists().where(
            WorkDay.tenant_id == tenant_id,
            WorkDay.site_id == site_id,
            WorkDay.worker_id == SiteWorker.worker_id,
        )
        return (
            select(SiteWorker, Worker, attended)
            .join(
                Worker,
                and_(Worker.tenant_id == SiteWorker.tenant_id, Worker.id == SiteWorker.worker_id),
            )
            .where(SiteWorker.tenant_id == tenant_id, SiteWorker.site_id == site_id)
        )

    async def entries(
        self, tenant_id: UUID, site_id: UUID
    ) -> Sequence[tuple[SiteWorker, Worker, bool]]:
        statement = self._with_worker(tenant_id, site_id).order_by(
            Worker.family_kana, Worker.given_kana, Worker.id
        )
        return [tuple(row) for row in (await self.session.execute(statement)).all()]  # type: ignore[misc]

    async def entry(
        self, tenant_id: UUID, site_id: UUID, worker_id: UUID
    ) -> tuple[SiteWorker, Worker, bool] | None:
        statement = self._with_worker(tenant_id, site_id).where(SiteWorker.worker_id == worker_id)
        row = (await self.session.execute(statement)).one_or_none()
        return (row[0], row[1], row[2]) if row else None

    async def worker_occupations(self, tenant_id: UUID, worker: Worker) -> set[UUID]:
        further = await self.session.execute(
            select(WorkerOccupation.occupation_id).where(
                WorkerOccupation.tenant_id == tenant_id, WorkerOccupation.worker_id == worker.id
            )
        )
        return {worker.primary_occupation_id, *further.scalars()}
