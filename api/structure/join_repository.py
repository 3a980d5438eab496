"""The joins attendance makes: businesses into a site's structure, workers into its site
workers, each recorded as a structure difference."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from uuid import UUID

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

# A business joins a site's structure at tier 1 on its first worker's first day there, and a
# worker joins the site workers; each join is a structure difference for CCUS. One statement
# each, set-based, as they run for every fold.
_JOIN_AT_FIRST_TIER = text(
    """
    WITH wanted AS (
        SELECT DISTINCT site_id, business_id
        FROM unnest(CAST(:site_ids AS uuid[]), CAST(:business_ids AS uuid[])) AS u(site_id, business_id)
    ), missing AS (
        -- Most folds add nobody: only what is missing goes on to the insert.
        SELECT wanted.site_id, wanted.business_id FROM wanted
        LEFT JOIN LATERAL (
            SELECT true AS present FROM site_businesses s WHERE s.tenant_id = :tenant_id
              AND s.site_id = wanted.site_id AND s.business_id = wanted.business_id OFFSET 0
        ) AS s ON true
        WHERE s.present IS NULL
    ), added AS (
        INSERT INTO site_businesses (id, tenant_id, site_id, business_id, tier, display_order, insurance, consent)
        SELECT gen_random_uuid(), :tenant_id, site_id, business_id, 1,
               -- 表示順: after the site's last one, in the order they joined.
               COALESCE((SELECT max(display_order) FROM site_businesses s
                         WHERE s.tenant_id = :tenant_id AND s.site_id = missing.site_id), 0)
                 + row_number() OVER (PARTITION BY site_id ORDER BY business_id),
               '{}'::jsonb, 'unanswered'
        FROM missing ORDER BY site_id, business_id
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
    ), missing AS (
        -- Only site workers to add or to date earlier: an upsert of the others would still
        -- lock each of them.
        SELECT w.* FROM wanted w
        LEFT JOIN LATERAL (
            SELECT first_work_date FROM site_workers s WHERE s.tenant_id = :tenant_id
              AND s.site_id = w.site_id AND s.worker_id = w.worker_id OFFSET 0
        ) AS s ON true
        -- No site worker yet, one added by hand (no date), or one that started later.
        WHERE s.first_work_date IS NULL OR s.first_work_date > w.first_date
    ), upserted AS (
        INSERT INTO site_workers (id, tenant_id, site_id, worker_id, business_id, occupation_id,
                                  position_code, is_spot, insurance, first_work_date)
        SELECT gen_random_uuid(), :tenant_id, w.site_id, w.worker_id, w.business_id,
               worker.primary_occupation_id, worker.position_code, false, '{}'::jsonb, w.first_date
        FROM missing w
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


class BusinessJoins:
    """Mixed into SiteBusinessRepository."""

    session: AsyncSession

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


class WorkerJoins:
    """Mixed into SiteWorkerRepository."""

    session: AsyncSession

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
