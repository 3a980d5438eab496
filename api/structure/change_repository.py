"""Structure differences: what is still to be sent to CCUS, and what CCUS answered."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any
from uuid import UUID

from sqlalchemy import func, select, text, update

from api.kit.repository import TenantScopedRepository
from api.models.structure import StructureChange

_UNSENT = text(
    """
    SELECT c.id, c.kind, c.changes, c.resends, c.business_id, c.worker_id,
           b.ccus_business_id, w.ccus_worker_id,
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


# Whose each difference is, as a refused or held 施工体制 record lists them (エラー対象者一覧):
# the business, the worker of a worker difference, and the worker's first day on the site.
_SUBJECTS = """
    SELECT c.outbox_id, c.site_id, c.kind, c.business_id, b.name AS business_name,
           b.ccus_business_id,
           CASE WHEN c.kind LIKE 'worker%' THEN c.worker_id END AS worker_id,
           CASE WHEN c.kind LIKE 'worker%' THEN w.family_name || ' ' || w.given_name END
               AS worker_name,
           CASE WHEN c.kind LIKE 'worker%' THEN w.ccus_worker_id END AS ccus_worker_id,
           CASE WHEN c.kind LIKE 'worker%' THEN sw.first_work_date END AS first_work_date,
           c.ccus_error_code, c.ccus_error_message
    FROM structure_changes c
    JOIN businesses b ON b.tenant_id = c.tenant_id AND b.id = c.business_id
    LEFT JOIN workers w ON w.tenant_id = c.tenant_id AND w.id = c.worker_id
    LEFT JOIN site_workers sw ON sw.tenant_id = c.tenant_id AND sw.site_id = c.site_id
        AND sw.worker_id = c.worker_id
    WHERE c.tenant_id = :tenant_id AND {where}
    ORDER BY c.created_at, c.id
"""
_REFUSED_BY = text(
    _SUBJECTS.format(where="c.outbox_id = ANY(:ids) AND c.ccus_error_code IS NOT NULL")
)
_WAITING_AT = text(
    _SUBJECTS.format(
        where="c.site_id = ANY(:ids) AND c.sent_at IS NULL AND (b.ccus_business_id IS NULL"
        " OR (c.kind LIKE 'worker%' AND w.ccus_worker_id IS NULL))"
    )
)


class StructureChangeRepository(TenantScopedRepository[StructureChange]):
    model = StructureChange

    async def unsent(self, tenant_id: UUID, site_id: UUID) -> Sequence[Any]:
        """A site's differences CCUS has not answered yet, in order, with the CCUS IDs, tier,
        upper business, occupation and position each one must carry."""
        rows = await self.session.execute(_UNSENT, {"tenant_id": tenant_id, "site_id": site_id})
        return rows.all()

    async def mark_sent(
        self,
        tenant_id: UUID,
        change_id: UUID,
        code: str | None,
        message: str | None,
        outbox_id: UUID | None = None,
    ) -> None:
        await self.session.execute(
            update(StructureChange)
            .where(StructureChange.tenant_id == tenant_id, StructureChange.id == change_id)
            .values(
                sent_at=func.now(),
                ccus_error_code=code,
                ccus_error_message=message,
                outbox_id=outbox_id,
            )
            .execution_options(synchronize_session=False)
        )

    async def refused_by(self, tenant_id: UUID, outbox_ids: Sequence[UUID]) -> Sequence[Any]:
        """The differences these outbox rows sent and CCUS refused, with whose each is."""
        if not outbox_ids:
            return []
        found = await self.session.execute(
            _REFUSED_BY, {"tenant_id": tenant_id, "ids": list(outbox_ids)}
        )
        return found.all()

    async def waiting_at(self, tenant_id: UUID, site_ids: Sequence[UUID]) -> Sequence[Any]:
        """The unsent differences of these sites that wait for a business's or worker's ID."""
        if not site_ids:
            return []
        found = await self.session.execute(
            _WAITING_AT, {"tenant_id": tenant_id, "ids": list(site_ids)}
        )
        return found.all()

    async def resend_refused(
        self, tenant_id: UUID, party: str, party_id: UUID, codes: Iterable[str] | None
    ) -> list[UUID]:
        """Differences of a site, business or worker (`party`) CCUS refused with one of `codes`
        (any code: None) become unsent again, each with a new key; answers their sites."""
        column = {"site": StructureChange.site_id, "business": StructureChange.business_id}.get(
            party, StructureChange.worker_id
        )
        statement = (
            update(StructureChange)
            .where(
                StructureChange.tenant_id == tenant_id,
                column == party_id,
                StructureChange.sent_at.is_not(None),
                StructureChange.ccus_error_code.is_not(None)
                if codes is None
                else StructureChange.ccus_error_code.in_(list(codes)),
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
