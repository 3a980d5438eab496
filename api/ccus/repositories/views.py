"""The outbox as the CCUS screens show it: each row labelled with its site, business, worker
and work date (tenant-scoped, branch-limited staff see their branches' sites)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any
from uuid import UUID

from sqlalchemy import ColumnElement, Date, Select, and_, case, cast, func, literal_column, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.subject import AuthSubject
from api.kit.pagination import PageParams
from api.models.attendance import WorkDay
from api.models.business import Business
from api.models.ccus_outbox import OutboxKind, OutboxRow, OutboxStatus
from api.models.site import Site
from api.models.worker import Worker

# Inlined, not bound: the same expression appears in SELECT and GROUP BY.
_RESOLVED_DAY = cast(func.timezone(literal_column("'Asia/Tokyo'"), OutboxRow.resolved_at), Date)


def _labelled(subject: AuthSubject, *columns: Any) -> Select[Any]:
    kind = OutboxRow.kind
    site_id = case(
        (kind == OutboxKind.work_day, WorkDay.site_id),
        (kind.in_([OutboxKind.site, OutboxKind.structure]), OutboxRow.entity_id),
    )
    business_id = case(
        (kind == OutboxKind.work_day, WorkDay.business_id),
        (kind == OutboxKind.business, OutboxRow.entity_id),
    )
    worker_id = case(
        (kind == OutboxKind.work_day, WorkDay.worker_id),
        (kind == OutboxKind.worker, OutboxRow.entity_id),
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
        .outerjoin(Business, and_(Business.tenant_id == tenant, Business.id == business_id))
        .outerjoin(Worker, and_(Worker.tenant_id == tenant, Worker.id == worker_id))
        .where(tenant == subject.tenant_id)
    )
    if subject.branch_ids is not None:
        statement = statement.where(Site.branch_id.in_(subject.branch_ids))
    return statement


_COLUMNS = (
    OutboxRow.id,
    OutboxRow.kind,
    OutboxRow.entity_id,
    OutboxRow.status,
    OutboxRow.scheduled_for,
    OutboxRow.attempts,
    OutboxRow.sent_at,
    OutboxRow.resolved_at,
    OutboxRow.hold_code,
    OutboxRow.hold_message,
    OutboxRow.error_code,
    OutboxRow.error_message,
    OutboxRow.payload,
    WorkDay.work_date,
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
        self,
        subject: AuthSubject,
        *,
        statuses: Sequence[OutboxStatus],
        kind: OutboxKind | None,
        day: date | None,
        page: PageParams,
    ) -> tuple[Sequence[Any], int]:
        where: list[ColumnElement[bool]] = [OutboxRow.status.in_(list(statuses))]
        if kind is not None:
            where.append(OutboxRow.kind == kind)
        if day is not None:
            where.append(_RESOLVED_DAY == day)  # noqa: SIM300
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
                _RESOLVED_DAY.label("day"),
                OutboxRow.kind,
                func.count().label("processed"),
                func.count().filter(status == OutboxStatus.succeeded).label("succeeded"),
                func.count().filter(status == OutboxStatus.rejected).label("failed"),
                func.count().filter(status == OutboxStatus.held).label("held"),
            )
            .where(
                status.in_([OutboxStatus.succeeded, OutboxStatus.rejected, OutboxStatus.held]),
                _RESOLVED_DAY.between(first, last),
            )
            .group_by(_RESOLVED_DAY, OutboxRow.kind)
            .order_by(_RESOLVED_DAY.desc(), OutboxRow.kind)
        )
        rows: Sequence[Any] = (await self.session.execute(statement)).all()
        return rows
