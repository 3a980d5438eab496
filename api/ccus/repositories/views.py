"""The outbox as the CCUS screens show it: each row labelled with its branch, site, business,
worker and work date (tenant-scoped, branch-limited staff see their branches' sites)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any
from uuid import UUID

from sqlalchemy import Select, and_, case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.subject import AuthSubject
from api.ccus.repositories.filters import RESOLVED_DAY, OutboxFilters, conditions
from api.kit.pagination import PageParams
from api.models.attendance import WorkDay
from api.models.branch import Branch
from api.models.business import Business
from api.models.ccus_outbox import OutboxKind, OutboxRow, OutboxStatus
from api.models.site import Site
from api.models.worker import Worker


def _labelled(subject: AuthSubject, *columns: Any) -> Select[Any]:
    kind = OutboxRow.kind
    site_id = case(
        (kind == OutboxKind.work_day, WorkDay.site_id),
        (kind.in_([OutboxKind.site, OutboxKind.structure]), OutboxRow.entity_id),
    )
    business_id = case(
        (kind == OutboxKind.work_day, WorkDay.business_id),
        (kind == OutboxKind.business, OutboxRow.entity_id),
        (kind == OutboxKind.structure, OutboxRow.subject_business_id),
    )
    worker_id = case(
        (kind == OutboxKind.work_day, WorkDay.worker_id),
        (kind == OutboxKind.worker, OutboxRow.entity_id),
        (kind == OutboxKind.structure, OutboxRow.subject_worker_id),
    )
    tenant = OutboxRow.tenant_id
    statement = (
        select(*columns)
        .select_from(OutboxRow)
        .outerjoin(
            WorkDay,
            and_(
                kind == OutboxKind.work_day,
                WorkDay.tenant_id == tenant,
                WorkDay.id == OutboxRow.entity_id,
            ),
        )
        .outerjoin(Site, and_(Site.tenant_id == tenant, Site.id == site_id))
        .outerjoin(Branch, and_(Branch.tenant_id == tenant, Branch.id == Site.branch_id))
        .outerjoin(Business, and_(Business.tenant_id == tenant, Business.id == business_id))
        .outerjoin(Worker, and_(Worker.tenant_id == tenant, Worker.id == worker_id))
        .where(tenant == subject.tenant_id)
    )
    if subject.branch_ids is not None:
        statement = statement.where(Site.branch_id.in_(subject.branch_ids))
    return statement


_COLUMNS = (
    OutboxRow,
    WorkDay.work_date,
    Branch.id.label("branch_id"),
    Branch.name.label("branch_name"),
    Site.id.label("site_id"),
    Site.name.label("site_name"),
    Site.ccus_site_id,
    Business.id.label("business_id"),
    Business.name.label("business_name"),
    Business.ccus_business_id,
    Worker.id.label("worker_id"),
    (Worker.family_name + " " + Worker.given_name).label("worker_name"),
    Worker.ccus_worker_id,
)


class OutboxViews:
    session: AsyncSession

    async def page(
        self, subject: AuthSubject, filters: OutboxFilters, page: PageParams
    ) -> tuple[Sequence[Any], int]:
        where = conditions(filters)
        total = (
            await self.session.execute(_labelled(subject, func.count()).where(*where))
        ).scalar_one()
        statement = (
            _labelled(subject, *_COLUMNS)
            .where(*where)
            .order_by(
                func.coalesce(OutboxRow.resolved_at, OutboxRow.scheduled_for).desc(), OutboxRow.id
            )
            .limit(page.limit)
            .offset(page.offset)
        )
        return (await self.session.execute(statement)).all(), int(total)

    async def matching(
        self, subject: AuthSubject, filters: OutboxFilters, limit: int
    ) -> Sequence[Any]:
        """(id, kind, entity_id, payload) of every row the filters mean, up to `limit`."""
        statement = (
            _labelled(subject, OutboxRow.id, OutboxRow.kind, OutboxRow.entity_id, OutboxRow.payload)
            .where(*conditions(filters))
            .order_by(OutboxRow.created_at, OutboxRow.id)
            .limit(limit)
        )
        rows: Sequence[Any] = (await self.session.execute(statement)).all()
        return rows

    async def pending_among(
        self, tenant_id: UUID, kind: OutboxKind, entity_ids: Sequence[UUID]
    ) -> list[UUID]:
        """Those of the entities with a row queued to go out."""
        statement = select(OutboxRow.entity_id).where(
            OutboxRow.tenant_id == tenant_id,
            OutboxRow.kind == kind,
            OutboxRow.entity_id.in_(list(entity_ids)),
            OutboxRow.status == OutboxStatus.pending,
        )
        return list((await self.session.execute(statement)).scalars())

    async def row(self, subject: AuthSubject, outbox_id: UUID) -> Any:
        statement = _labelled(subject, *_COLUMNS).where(OutboxRow.id == outbox_id)
        return (await self.session.execute(statement)).one_or_none()

    async def result_days(self, subject: AuthSubject, first: date, last: date) -> Sequence[Any]:
        """Per Japanese day and kind: rows processed, succeeded, failed (CCUS refused them) and
        held (genba did not send them: never a failure)."""
        status = OutboxRow.status
        statement = (
            _labelled(
                subject,
                RESOLVED_DAY.label("day"),
                OutboxRow.kind,
                func.count().label("processed"),
                func.count().filter(status == OutboxStatus.succeeded).label("succeeded"),
                func.count().filter(status == OutboxStatus.rejected).label("failed"),
                func.count().filter(status == OutboxStatus.held).label("held"),
            )
            .where(
                status.in_([OutboxStatus.succeeded, OutboxStatus.rejected, OutboxStatus.held]),
                RESOLVED_DAY.between(first, last),
            )
            .group_by(RESOLVED_DAY, OutboxRow.kind)
            .order_by(RESOLVED_DAY.desc(), OutboxRow.kind)
        )
        rows: Sequence[Any] = (await self.session.execute(statement)).all()
        return rows
