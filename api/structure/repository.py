from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any
from uuid import UUID

from sqlalchemy import Select, and_, exists, func, select, text, update

from api.kit.repository import TenantScopedRepository
from api.models.attendance import WorkDay
from api.models.business import Business
from api.models.master import InsuranceValue
from api.models.structure import SiteBusiness, SiteWorker, StructureChange
from api.models.worker import Worker, WorkerOccupation

# A business joins a site's structure at tier 1 on its first worker's first day there, and a
# worker joins the site workers; each join is a structure difference for CCUS. One statement
# each, set-based, as they run for every fold.
_JOIN_AT_FIRST_TIER = text(
    """
    WITH wanted AS (
        SELECT DISTINCT site_id, business_id
        FROM unnest(CAST(:site_ids AS uuid[]), CAST(:business_ids AS uuid[])) AS u(site_id, business_id)
    ), added AS (
        INSERT INTO site_businesses (id, tenant_id, site_id, business_id, tier, display_order, insurance, consent)
        SELECT gen_random_uuid(), :tenant_id, site_id, business_id, 1, 0, '{}'::jsonb, 'unanswered'
        FROM wanted ORDER BY site_id, business_id
        ON CONFLICT (tenant_id, site_id, business_id) DO NOTHING
        RETURNING site_id, business_id
    )
    INSERT INTO structure_changes (id, tenant_id, site_id, business_id, kind, changes)
    SELECT gen_random_uuid(), :tenant_id, site_id, business_id, 'added', jsonb_build_object('tier', 1)
    FROM added
    RETURNING site_id
    """
)

_JOIN_ON_FIRST_DAY = text(
    """
    WITH wanted AS (
        SELECT site_id, worker_id, business_id, min(work_date) AS first_date
        FROM unnest(CAST(:site_ids AS uuid[]), CAST(:worker_ids AS uuid[]),
                    CAST(:business_ids AS uuid[]), CAST(:dates AS date[]))
             AS u(site_id, worker_id, business_id, work_date)
        GROUP BY site_id, worker_id, business_id
    ), upserted AS (
        INSERT INTO site_workers (id, tenant_id, site_id, worker_id, business_id, occupation_id,
                                  position_code, is_spot, insurance, first_work_date)
        SELECT gen_random_uuid(), :tenant_id, w.site_id, w.worker_id, w.business_id,
               worker.primary_occupation_id, worker.position_code, false, '{}'::jsonb, w.first_date
        FROM wanted w
        CROSS JOIN LATERAL (
            SELECT primary_occupation_id, position_code FROM workers
            WHERE workers.tenant_id = :tenant_id AND workers.id = w.worker_id OFFSET 0
        ) AS worker
        ORDER BY w.site_id, w.worker_id
        ON CONFLICT (tenant_id, site_id, worker_id) DO UPDATE
            SET first_work_date = LEAST(site_workers.first_work_date, EXCLUDED.first_work_date)
            WHERE site_workers.first_work_date IS DISTINCT FROM
                  LEAST(site_workers.first_work_date, EXCLUDED.first_work_date)
        RETURNING site_id, worker_id, business_id, occupation_id, (xmax = 0) AS inserted
    )
    INSERT INTO structure_changes (id, tenant_id, site_id, business_id, worker_id, kind, changes)
    SELECT gen_random_uuid(), :tenant_id, site_id, business_id, worker_id, 'worker_added',
           jsonb_build_object('occupation_id', occupation_id)
    FROM upserted WHERE inserted
    RETURNING site_id
    """
)


class SiteBusinessRepository(TenantScopedRepository[SiteBusiness]):
    model = SiteBusiness

    async def entries(
        self, tenant_id: UUID, site_id: UUID
    ) -> Sequence[tuple[SiteBusiness, Business, int, bool]]:
        workers = (
            select(func.count())
            .where(
                SiteWorker.tenant_id == tenant_id,
                SiteWorker.site_id == site_id,
                SiteWorker.business_id == SiteBusiness.business_id,
            )
            .scalar_subquery()
        )
        attended = exists().where(
            WorkDay.tenant_id == tenant_id,
            WorkDay.site_id == site_id,
            WorkDay.business_id == SiteBusiness.business_id,
        )
        statement = (
            select(SiteBusiness, Business, workers, attended)
            .join(
                Business,
                and_(
                    Business.tenant_id == SiteBusiness.tenant_id,
                    Business.id == SiteBusiness.business_id,
                ),
            )
            .where(SiteBusiness.tenant_id == tenant_id, SiteBusiness.site_id == site_id)
            .order_by(SiteBusiness.tier, SiteBusiness.display_order, Business.code, SiteBusiness.id)
        )
        return [
            (row[0], row[1], row[2], row[3])
            for row in (await self.session.execute(statement)).all()
        ]

    async def entry(self, tenant_id: UUID, site_id: UUID, business_id: UUID) -> SiteBusiness | None:
        return await self.get_one_or_none(
            self.scoped(tenant_id).where(
                SiteBusiness.site_id == site_id, SiteBusiness.business_id == business_id
            )
        )

    async def has_attendance(self, tenant_id: UUID, site_id: UUID, business_id: UUID) -> bool:
        statement = select(
            exists().where(
                WorkDay.tenant_id == tenant_id,
                WorkDay.site_id == site_id,
                WorkDay.business_id == business_id,
            )
        )
        return bool((await self.session.execute(statement)).scalar())

    async def insurance_values(self) -> set[tuple[str, str]]:
        rows = await self.session.execute(select(InsuranceValue.kind, InsuranceValue.code))
        return {(kind, code) for kind, code in rows.all()}

    async def join_at_first_tier(
        self, tenant_id: UUID, site_ids: Sequence[UUID], business_ids: Sequence[UUID]
    ) -> set[UUID]:
        """Each (site, business) pair not yet in the structure joins at tier 1; answers the
        sites whose structure changed."""
        added = await self.session.execute(
            _JOIN_AT_FIRST_TIER,
            {"tenant_id": tenant_id, "site_ids": site_ids, "business_ids": business_ids},
        )
        return set(added.scalars())

    def record_change(self, change: StructureChange) -> None:
        self.session.add(change)


class SiteWorkerRepository(TenantScopedRepository[SiteWorker]):
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

    async def join_on_first_day(
        self,
        tenant_id: UUID,
        site_ids: Sequence[UUID],
        worker_ids: Sequence[UUID],
        business_ids: Sequence[UUID],
        dates: Sequence[date],
    ) -> set[UUID]:
        """Workers join their sites (first work date kept as the earliest seen); answers the
        sites that gained a worker."""
        joined = await self.session.execute(
            _JOIN_ON_FIRST_DAY,
            {
                "tenant_id": tenant_id,
                "site_ids": site_ids,
                "worker_ids": worker_ids,
                "business_ids": business_ids,
                "dates": dates,
            },
        )
        return set(joined.scalars())

    async def worker_occupations(self, tenant_id: UUID, worker: Worker) -> set[UUID]:
        further = await self.session.execute(
            select(WorkerOccupation.occupation_id).where(
                WorkerOccupation.tenant_id == tenant_id, WorkerOccupation.worker_id == worker.id
            )
        )
        return {worker.primary_occupation_id, *further.scalars()}


_UNSENT = text(
    """
    SELECT c.id, c.kind, c.changes, c.resends, b.ccus_business_id, w.ccus_worker_id,
           sb.tier, ub.ccus_business_id AS upper_ccus_id,
           o.major_code || o.minor_code AS occupation_code, sw.position_code
    FROM structure_changes c
    JOIN businesses b ON b.tenant_id = c.tenant_id AND b.id = c.business_id
    LEFT JOIN workers w ON w.tenant_id = c.tenant_id AND w.id = c.worker_id
    LEFT JOIN site_businesses sb ON sb.tenant_id = c.tenant_id AND sb.site_id = c.site_id AND sb.business_id = c.business_id
    LEFT JOIN businesses ub ON ub.tenant_id = c.tenant_id AND ub.id = sb.upper_business_id
    LEFT JOIN site_workers sw ON sw.tenant_id = c.tenant_id AND sw.site_id = c.site_id AND sw.worker_id = c.worker_id
    LEFT JOIN occupations o ON o.id = sw.occupation_id
    WHERE c.tenant_id = :tenant_id AND c.site_id = :site_id AND c.sent_at IS NULL
    ORDER BY c.created_at, c.id
    """
)


class StructureChangeRepository(TenantScopedRepository[StructureChange]):
    model = StructureChange

    async def unsent(self, tenant_id: UUID, site_id: UUID) -> Sequence[Any]:
        """A site's differences CCUS has not answered yet, in order, with the CCUS IDs, tier,
        upper business, occupation and position each one must carry."""
        rows = await self.session.execute(_UNSENT, {"tenant_id": tenant_id, "site_id": site_id})
        return rows.all()

    async def mark_sent(
        self, tenant_id: UUID, change_id: UUID, code: str | None, message: str | None
    ) -> None:
        await self.session.execute(
            update(StructureChange)
            .where(StructureChange.tenant_id == tenant_id, StructureChange.id == change_id)
            .values(sent_at=func.now(), ccus_error_code=code, ccus_error_message=message)
            .execution_options(synchronize_session=False)
        )

    async def resend_refused(
        self, tenant_id: UUID, party: str, party_id: UUID, codes: Iterable[str]
    ) -> list[UUID]:
        """Differences of a site, business or worker (`party`) CCUS refused with one of `codes`
        become unsent again, each with a new key; answers their sites."""
        column = {"site": StructureChange.site_id, "business": StructureChange.business_id}.get(
            party, StructureChange.worker_id
        )
        statement = (
            update(StructureChange)
            .where(
                StructureChange.tenant_id == tenant_id,
                column == party_id,
                StructureChange.sent_at.is_not(None),
                StructureChange.ccus_error_code.in_(list(codes)),
            )
            .values(
                sent_at=None,
                resends=StructureChange.resends + 1,
                ccus_error_code=None,
                ccus_error_message=None,
            )
            .returning(StructureChange.site_id)
            .execution_options(synchronize_session=False)
        )
        return sorted(set((await self.session.execute(statement)).scalars()))

    async def sites_waiting_for(
        self, tenant_id: UUID, *, business_id: UUID | None = None, worker_id: UUID | None = None
    ) -> list[UUID]:
        """Sites with unsent differences of this business or worker (they wait for its CCUS ID)."""
        party = (
            StructureChange.business_id == business_id
            if business_id is not None
            else StructureChange.worker_id == worker_id
        )
        statement = (
            select(StructureChange.site_id)
            .distinct()
            .where(StructureChange.tenant_id == tenant_id, party, StructureChange.sent_at.is_(None))
        )
        return list((await self.session.execute(statement)).scalars())
