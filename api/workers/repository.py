from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any
from uuid import UUID

from sqlalchemy import Select, exists, func, select
from sqlalchemy.orm import QueryableAttribute, joinedload, selectinload

from api.auth.subject import AuthSubject
from api.kit.ccus_repository import CcusLinkedRepository
from api.kit.repository import TenantScopedRepository
from api.kit.search import contains
from api.kit.sorting import order_by
from api.models.attendance import AttendanceEvent, WorkDay, waiting_to_fold
from api.models.business import Business, BusinessBranch
from api.models.master import EmploymentType, Position, Prefecture
from api.models.structure import SiteWorker
from api.models.worker import Worker, WorkerPhone


class RetirementFilter(StrEnum):
    active = "active"
    retired = "retired"
    all = "all"


@dataclass(frozen=True)
class WorkerFilters:
    business_id: UUID | None = None
    branch_id: UUID | None = None
    code: str | None = None
    name: str | None = None
    ccus_worker_id: str | None = None
    phone: str | None = None
    employment_type_code: str | None = None
    site_id: UUID | None = None
    status: RetirementFilter = RetirementFilter.active
    sort: str | None = None


SORTABLE: dict[str, QueryableAttribute[Any]] = {
    "code": Worker.code,
    "kana": Worker.family_kana,
    "birth_date": Worker.birth_date,
    "created_at": Worker.created_at,
    "updated_at": Worker.updated_at,
}


class WorkerRepository(CcusLinkedRepository, TenantScopedRepository[Worker]):
    model = Worker
    ccus_id = Worker.ccus_worker_id
    ccus_label = Worker.family_name + " " + Worker.given_name
    ccus_secret = Worker.verification_number_encrypted

    def scoped(self, tenant_id: UUID) -> Select[Worker]:
        return (
            super()
            .scoped(tenant_id)
            .options(
                joinedload(Worker.business),
                joinedload(Worker.primary_occupation),
                selectinload(Worker.phones),
                selectinload(Worker.occupation_links),
            )
        )

    def visible(self, subject: AuthSubject) -> Select[Worker]:
        """Branch-limited callers see the workers of businesses in their branches."""
        statement = self.scoped(subject.tenant_id)
        if subject.branch_ids is not None:
            statement = statement.where(_business_in_branches(subject.branch_ids))
        return statement

    def filtered(self, subject: AuthSubject, filters: WorkerFilters) -> Select[Worker]:
        statement = self.visible(subject)
        if filters.business_id is not None:
            statement = statement.where(Worker.business_id == filters.business_id)
        if filters.branch_id is not None:
            statement = statement.where(_business_in_branches({filters.branch_id}))
        if filters.code:
            statement = statement.where(contains([Worker.code], filters.code))
        if filters.name:
            full_name = Worker.family_name + Worker.given_name
            full_kana = Worker.family_kana + Worker.given_kana
            compact = filters.name.replace(" ", "").replace("\u3000", "")
            statement = statement.where(
                contains([full_name, full_kana, Worker.alias_family, Worker.alias_given], compact)
            )
        if filters.ccus_worker_id:
            statement = statement.where(contains([Worker.ccus_worker_id], filters.ccus_worker_id))
        if filters.phone:
            statement = statement.where(
                exists().where(
                    WorkerPhone.tenant_id == Worker.tenant_id,
                    WorkerPhone.worker_id == Worker.id,
                    contains([WorkerPhone.number], filters.phone),
                )
            )
        if filters.employment_type_code:
            statement = statement.where(Worker.employment_type_code == filters.employment_type_code)
        if filters.site_id is not None:
            statement = statement.where(
                exists().where(
                    SiteWorker.tenant_id == Worker.tenant_id,
                    SiteWorker.worker_id == Worker.id,
                    SiteWorker.site_id == filters.site_id,
                )
            )
        if filters.status is RetirementFilter.active:
            statement = statement.where(Worker.retired_on.is_(None))
        elif filters.status is RetirementFilter.retired:
            statement = statement.where(Worker.retired_on.is_not(None))
        return statement.order_by(*order_by(filters.sort, SORTABLE, "kana", Worker.id))

    async def get_visible(self, subject: AuthSubject, worker_id: UUID) -> Worker | None:
        return await self.get_one_or_none(self.visible(subject).where(Worker.id == worker_id))

    async def visible_business_ids(self, subject: AuthSubject, ids: Iterable[UUID]) -> set[UUID]:
        statement = select(Business.id).where(
            Business.tenant_id == subject.tenant_id, Business.id.in_(set(ids))
        )
        if subject.branch_ids is not None:
            statement = statement.where(
                exists().where(
                    BusinessBranch.tenant_id == Business.tenant_id,
                    BusinessBranch.business_id == Business.id,
                    BusinessBranch.branch_id.in_(subject.branch_ids),
                )
            )
        return set((await self.session.execute(statement)).scalars())

    async def master_codes(self) -> tuple[set[str], set[str], set[str]]:
        employment = set((await self.session.execute(select(EmploymentType.code))).scalars())
        positions = set((await self.session.execute(select(Position.code))).scalars())
        prefectures = set((await self.session.execute(select(Prefecture.code))).scalars())
        return employment, positions, prefectures

    async def taken_codes(
        self, tenant_id: UUID, codes: Iterable[str], *, except_id: UUID | None = None
    ) -> set[str]:
        statement = select(Worker.code).where(
            Worker.tenant_id == tenant_id, Worker.code.in_(set(codes))
        )
        if except_id is not None:
            statement = statement.where(Worker.id != except_id)
        return set((await self.session.execute(statement)).scalars())

    async def taken_phones(
        self, tenant_id: UUID, numbers: Iterable[str], *, except_id: UUID | None = None
    ) -> set[str]:
        wanted = set(numbers)
        if not wanted:
            return set()
        statement = select(WorkerPhone.number).where(
            WorkerPhone.tenant_id == tenant_id, WorkerPhone.active, WorkerPhone.number.in_(wanted)
        )
        if except_id is not None:
            statement = statement.where(WorkerPhone.worker_id != except_id)
        return set((await self.session.execute(statement)).scalars())

    async def taken_ccus_ids(
        self, tenant_id: UUID, ccus_ids: Iterable[str | None], *, except_id: UUID | None = None
    ) -> set[str]:
        wanted = {value for value in ccus_ids if value}
        if not wanted:
            return set()
        statement = select(Worker.ccus_worker_id).where(
            Worker.tenant_id == tenant_id,
            Worker.retired_on.is_(None),
            Worker.ccus_worker_id.in_(wanted),
        )
        if except_id is not None:
            statement = statement.where(Worker.id != except_id)
        return {value for value in (await self.session.execute(statement)).scalars() if value}

    async def has_history(self, tenant_id: UUID, worker_id: UUID) -> bool:
        """Any record of work on a site: a work day, a place in a site's structure, or an
        accepted terminal event the worker has yet to fold into a work day."""
        waiting = exists().where(waiting_to_fold(tenant_id), AttendanceEvent.worker_id == worker_id)
        if (await self.session.execute(select(waiting))).scalar_one():
            return True
        for table in _HISTORY_TABLES:
            statement = (
                select(func.count())
                .select_from(table)
                .where(table.c.tenant_id == tenant_id, table.c.worker_id == worker_id)
            )
            if (await self.session.execute(statement)).scalar_one():
                return True
        return False

    async def business_ids(self, tenant_id: UUID, ids: set[UUID]) -> dict[UUID, UUID]:
        """The business of each existing worker of `ids`."""
        statement = select(Worker.id, Worker.business_id).where(
            Worker.tenant_id == tenant_id, Worker.id.in_(ids)
        )
        return {row[0]: row[1] for row in (await self.session.execute(statement)).all()}


_HISTORY_TABLES: list[Any] = [WorkDay.__table__, SiteWorker.__table__]


def _business_in_branches(branch_ids: Iterable[UUID]) -> Any:
    return exists().where(
        BusinessBranch.tenant_id == Worker.tenant_id,
        BusinessBranch.business_id == Worker.business_id,
        BusinessBranch.branch_id.in_(set(branch_ids)),
    )
