from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import UUID

from sqlalchemy import Select, exists, or_, select
from sqlalchemy.orm import QueryableAttribute

from api.auth.subject import AuthSubject
from api.kit.ccus_repository import CcusLinkedRepository
from api.kit.repository import TenantScopedRepository
from api.kit.search import contains
from api.kit.sorting import order_by
from api.models.attendance import AttendanceEvent, WorkDay, waiting_to_fold
from api.models.branch import Branch
from api.models.master import Prefecture
from api.models.site import Site, StructureMode
from api.models.structure import SiteBusiness


@dataclass(frozen=True)
class SiteFilters:
    branch_id: UUID | None = None
    code: str | None = None
    name: str | None = None
    ccus_site_id: str | None = None
    prefecture_code: str | None = None
    is_visible: bool | None = None
    structure_mode: StructureMode | None = None
    has_ccus_id: bool | None = None
    active_on: date | None = None
    sort: str | None = None


SORTABLE: dict[str, QueryableAttribute[Any]] = {
    "code": Site.code,
    "name": Site.name,
    "created_at": Site.created_at,
    "updated_at": Site.updated_at,
    "period_start": Site.period_start,
}


class SiteRepository(CcusLinkedRepository, TenantScopedRepository[Site]):
    model = Site
    ccus_id = Site.ccus_site_id
    ccus_label = Site.name

    async def existing_ids(self, tenant_id: UUID, ids: set[UUID]) -> set[UUID]:
        result = await self.session.execute(
            select(Site.id).where(Site.tenant_id == tenant_id, Site.id.in_(ids))
        )
        return set(result.scalars().all())

    def visible(self, subject: AuthSubject) -> Select[Site]:
        """Branch-limited callers see their branches' sites; site-limited keys their own sites."""
        statement = self.scoped(subject.tenant_id)
        if subject.branch_ids is not None:
            statement = statement.where(Site.branch_id.in_(subject.branch_ids))
        if subject.site_ids is not None:
            statement = statement.where(Site.id.in_(subject.site_ids))
        return statement

    def filtered(self, subject: AuthSubject, filters: SiteFilters) -> Select[Site]:
        statement = self.visible(subject)
        if filters.branch_id is not None:
            statement = statement.where(Site.branch_id == filters.branch_id)
        if filters.code:
            statement = statement.where(contains([Site.code], filters.code))
        if filters.name:
            statement = statement.where(contains([Site.name, Site.code], filters.name))
        if filters.ccus_site_id:
            statement = statement.where(contains([Site.ccus_site_id], filters.ccus_site_id))
        if filters.prefecture_code:
            statement = statement.where(Site.prefecture_code == filters.prefecture_code)
        if filters.is_visible is not None:
            statement = statement.where(Site.is_visible.is_(filters.is_visible))
        if filters.structure_mode is not None:
            statement = statement.where(Site.structure_mode == filters.structure_mode)
        if filters.has_ccus_id is not None:
            statement = statement.where(
                Site.ccus_site_id.is_not(None)
                if filters.has_ccus_id
                else Site.ccus_site_id.is_(None)
            )
        if filters.active_on is not None:
            # An unset bound leaves that side of the period open.
            statement = statement.where(
                or_(Site.period_start.is_(None), Site.period_start <= filters.active_on),
                or_(Site.period_end.is_(None), Site.period_end >= filters.active_on),
            )
        return statement.order_by(*order_by(filters.sort, SORTABLE, "code", Site.id))

    async def get_visible(self, subject: AuthSubject, site_id: UUID) -> Site | None:
        return await self.get_one_or_none(self.visible(subject).where(Site.id == site_id))

    async def assignable_branch_ids(self, subject: AuthSubject) -> set[UUID]:
        statement = select(Branch.id).where(Branch.tenant_id == subject.tenant_id)
        if subject.branch_ids is not None:
            statement = statement.where(Branch.id.in_(subject.branch_ids))
        return set((await self.session.execute(statement)).scalars())

    async def branch_ids_by_code(self, tenant_id: UUID) -> dict[str, UUID]:
        statement = select(Branch.code, Branch.id).where(Branch.tenant_id == tenant_id)
        return dict((await self.session.execute(statement)).all())

    async def prefecture_codes(self) -> set[str]:
        return set((await self.session.execute(select(Prefecture.code))).scalars())

    async def prefecture_codes_by_name(self) -> dict[str, str]:
        statement = select(Prefecture.name, Prefecture.code)
        return dict((await self.session.execute(statement)).all())

    async def codes(self, tenant_id: UUID) -> set[str]:
        statement = select(Site.code).where(Site.tenant_id == tenant_id)
        return set((await self.session.execute(statement)).scalars())

    async def taken_codes(
        self, tenant_id: UUID, codes: Iterable[str | None], *, except_id: UUID | None = None
    ) -> set[str]:
        return await self._taken(Site.code, tenant_id, codes, except_id)

    async def taken_ccus_ids(
        self, tenant_id: UUID, ccus_ids: Iterable[str | None], *, except_id: UUID | None = None
    ) -> set[str]:
        return await self._taken(Site.ccus_site_id, tenant_id, ccus_ids, except_id)

    async def _taken(
        self,
        column: QueryableAttribute[Any],
        tenant_id: UUID,
        values: Iterable[str | None],
        except_id: UUID | None,
    ) -> set[str]:
        wanted = {value for value in values if value}
        if not wanted:
            return set()
        statement = select(column).where(Site.tenant_id == tenant_id, column.in_(wanted))
        if except_id is not None:
            statement = statement.where(Site.id != except_id)
        return set((await self.session.execute(statement)).scalars())

    async def has_history(self, tenant_id: UUID, site_id: UUID) -> bool:
        """Work days or a structure (施工体制) tie CCUS records to the site; so do accepted
        terminal events the worker has yet to fold into work days."""
        work_days = exists().where(WorkDay.tenant_id == tenant_id, WorkDay.site_id == site_id)
        structure = exists().where(
            SiteBusiness.tenant_id == tenant_id, SiteBusiness.site_id == site_id
        )
        waiting = exists().where(waiting_to_fold(tenant_id), AttendanceEvent.site_id == site_id)
        history = select(or_(work_days, structure, waiting))
        return bool((await self.session.execute(history)).scalar_one())

    async def work_location_memos(self, tenant_id: UUID, ids: set[UUID]) -> dict[UUID, bool]:
        """Whether each existing site of `ids` records 作業場所 (まとめ現場)."""
        statement = select(Site.id, Site.work_location_memo).where(
            Site.tenant_id == tenant_id, Site.id.in_(ids)
        )
        return {row[0]: row[1] for row in (await self.session.execute(statement)).all()}

    async def sending_structure(self, tenant_id: UUID, site_ids: Iterable[UUID]) -> list[UUID]:
        """Of these, the sites whose 施工体制 is built here and sent (`send` mode, linked); in
        `ccus` mode staff keep it in CCUS."""
        statement = select(Site.id).where(
            Site.tenant_id == tenant_id,
            Site.id.in_(list(site_ids)),
            Site.structure_mode == StructureMode.send,
            Site.ccus_site_id.is_not(None),
        )
        return list((await self.session.execute(statement)).scalars())
