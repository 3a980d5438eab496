"""What the worker rules read from the database: visible businesses, master codes, and the
codes, phones and CCUS IDs other workers already hold."""

from __future__ import annotations

from collections.abc import Iterable
from uuid import UUID

from sqlalchemy import exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.subject import AuthSubject
from api.models.business import Business, BusinessBranch
from api.models.master import EmploymentType, Position, Prefecture
from api.models.worker import Worker, WorkerPhone


class WorkerLookupQueries:
    """Mixed into WorkerRepository."""

    session: AsyncSession

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
