from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import UUID

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import QueryableAttribute

from api.auth.subject import AuthSubject
from api.kit.pagination import PageParams
from api.kit.repository import TenantScopedRepository
from api.kit.sorting import order_by
from api.models.attendance import WorkDay
from api.models.business import Business
from api.models.ccus_status import CcusStatus
from api.models.site import Site
from api.models.worker import Worker

Row = tuple[WorkDay, Site, Worker, Business]
COUNT_CAP = 10_000

SORTABLE: dict[str, QueryableAttribute[Any]] = {
    "work_date": WorkDay.work_date,
    "entry_at": WorkDay.entry_at,
    "updated_at": WorkDay.updated_at,
}


@dataclass(frozen=True)
class WorkDayFilters:
    site_id: UUID | None = None
    business_id: UUID | None = None
    worker_id: UUID | None = None
    date_from: date | None = None
    date_to: date | None = None
    ccus_status: CcusStatus | None = None
    state: str | None = None
    sort: str | None = None


class WorkDayRepository(TenantScopedRepository[WorkDay]):
    model = WorkDay

    def visible_rows(self, subject: AuthSubject) -> Select[WorkDay, Site, Worker, Business]:
        """Work days with their site, worker and business, as far as the caller may see."""
        tenant_id = subject.tenant_id
        statement = (
            select(WorkDay, Site, Worker, Business)
            .join(Site, and_(Site.tenant_id == WorkDay.tenant_id, Site.id == WorkDay.site_id))
            .join(
                Worker, and_(Worker.tenant_id == WorkDay.tenant_id, Worker.id == WorkDay.worker_id)
            )
            .join(
                Business,
                and_(Business.tenant_id == WorkDay.tenant_id, Business.id == WorkDay.business_id),
            )
            .where(WorkDay.tenant_id == tenant_id)
        )
        if subject.branch_ids is not None:
            statement = statement.where(Site.branch_id.in_(subject.branch_ids))
        if subject.site_ids is not None:
            statement = statement.where(Site.id.in_(subject.site_ids))
        return statement

    def filtered(
        self, subject: AuthSubject, filters: WorkDayFilters
    ) -> Select[WorkDay, Site, Worker, Business]:
        statement = self.visible_rows(subject)
        if filters.site_id is not None:
            statement = statement.where(WorkDay.site_id == filters.site_id)
        if filters.business_id is not None:
            statement = statement.where(WorkDay.business_id == filters.business_id)
        if filters.worker_id is not None:
            statement = statement.where(WorkDay.worker_id == filters.worker_id)
        if filters.date_from is not None:
            statement = statement.where(WorkDay.work_date >= filters.date_from)
        if filters.date_to is not None:
            statement = statement.where(WorkDay.work_date <= filters.date_to)
        if filters.ccus_status is not None:
            statement = statement.where(WorkDay.ccus_status == filters.ccus_status)
        if filters.state == "open":
            statement = statement.where(WorkDay.entry_at.is_not(None), WorkDay.exit_at.is_(None))
        elif filters.state == "exit_only":
            statement = statement.where(WorkDay.entry_at.is_(None))
        elif filters.state == "complete":
            statement = statement.where(WorkDay.entry_at.is_not(None), WorkDay.exit_at.is_not(None))
        return statement.order_by(*order_by(filters.sort, SORTABLE, "-work_date", WorkDay.id))

    async def page(
        self, statement: Select[WorkDay, Site, Worker, Business], page: PageParams
    ) -> tuple[Sequence[Row], int, bool]:
        """The page, the total and whether the total is exact: counting a tenant's millions of
        work days for a page header would cost more than the page, so it stops at a cap."""
        capped = statement.order_by(None).with_only_columns(WorkDay.id).limit(COUNT_CAP + 1)
        count = select(func.count()).select_from(capped.subquery())
        total = (await self.session.execute(count)).scalar_one()
        rows = (await self.session.execute(statement.limit(page.limit).offset(page.offset))).all()
        return (
            [(row[0], row[1], row[2], row[3]) for row in rows],
            min(total, COUNT_CAP),
            total <= COUNT_CAP,
        )

    async def rows(
        self, statement: Select[WorkDay, Site, Worker, Business], limit: int
    ) -> Sequence[Row]:
        rows = (await self.session.execute(statement.limit(limit))).all()
        return [(row[0], row[1], row[2], row[3]) for row in rows]

    async def visible_row(self, subject: AuthSubject, work_day_id: UUID) -> Row | None:
        row = (
            await self.session.execute(self.visible_rows(subject).where(WorkDay.id == work_day_id))
        ).one_or_none()
        return (row[0], row[1], row[2], row[3]) if row else None

    async def month(self, tenant_id: UUID, site_id: UUID, first: date, last: date) -> Sequence[Any]:
        """Plain rows, not entities: a busy site's month is thousands of cells."""
        statement = (
            select(
                WorkDay.id,
                WorkDay.work_date,
                WorkDay.entry_at,
                WorkDay.exit_at,
                WorkDay.ccus_status,
                WorkDay.business_id,
                Worker.id.label("worker_id"),
                Worker.code,
                Worker.family_name,
                Worker.given_name,
            )
            .join(
                Worker, and_(Worker.tenant_id == WorkDay.tenant_id, Worker.id == WorkDay.worker_id)
            )
            .where(
                WorkDay.tenant_id == tenant_id,
                WorkDay.site_id == site_id,
                WorkDay.work_date.between(first, last),
            )
            .order_by(Worker.family_kana, Worker.given_kana, Worker.id, WorkDay.work_date)
        )
        return (await self.session.execute(statement)).all()

    async def person_days(self, tenant_id: UUID, site_id: UUID, first: date, last: date) -> int:
        statement = select(func.count()).where(
            WorkDay.tenant_id == tenant_id,
            WorkDay.site_id == site_id,
            WorkDay.work_date.between(first, last),
        )
        return int((await self.session.execute(statement)).scalar_one())

    async def day_counts(self, tenant_id: UUID, worker_id: UUID) -> tuple[int, int]:
        """(all work days, CCUS-accepted work days) of a worker; a date counts once."""
        statement = select(
            func.count(func.distinct(WorkDay.work_date)),
            func.count(func.distinct(WorkDay.work_date)).filter(
                WorkDay.ccus_status == CcusStatus.synced
            ),
        ).where(WorkDay.tenant_id == tenant_id, WorkDay.worker_id == worker_id)
        total, valid = (await self.session.execute(statement)).one()
        return int(total), int(valid)
