from __future__ import annotations

from uuid import UUID

from sqlalchemy import Select, select
from sqlalchemy.orm import joinedload, selectinload

from api.auth.subject import AuthSubject
from api.kit.ccus_repository import CcusLinkedRepository
from api.kit.repository import TenantScopedRepository
from api.models.worker import Worker
from api.workers.filters import WorkerFilters
from api.workers.history_repository import WorkerHistoryQueries
from api.workers.lookup_repository import WorkerLookupQueries
from api.workers.search_repository import business_in_branches, narrowed


class WorkerRepository(
    WorkerLookupQueries,
    WorkerHistoryQueries,
    CcusLinkedRepository,
    TenantScopedRepository[Worker],
):
    model = Worker
    ccus_id = Worker.ccus_worker_id
    ccus_label = Worker.family_name + " " + Worker.given_name
    ccus_secret = Worker.verification_number_encrypted
    ccus_business = Worker.business_id

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
            statement = statement.where(business_in_branches(subject.branch_ids))
        return statement

    def filtered(self, subject: AuthSubject, filters: WorkerFilters) -> Select[Worker]:
        return narrowed(self.visible(subject), filters)

    async def get_visible(self, subject: AuthSubject, worker_id: UUID) -> Worker | None:
        return await self.get_one_or_none(self.visible(subject).where(Worker.id == worker_id))

    async def business_ids(self, tenant_id: UUID, ids: set[UUID]) -> dict[UUID, UUID]:
        """The business of each existing worker of `ids`."""
        statement = select(Worker.id, Worker.business_id).where(
            Worker.tenant_id == tenant_id, Worker.id.in_(ids)
        )
        return {row[0]: row[1] for row in (await self.session.execute(statement)).all()}
