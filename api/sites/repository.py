from __future__ import annotations

from collections.abc import Iterable
from uuid import UUID

from sqlalchemy import Select, select

from api.auth.subject import AuthSubject
from api.kit.ccus_repository import CcusLinkedRepository
from api.kit.repository import TenantScopedRepository
from api.models.site import Site, StructureMode
from api.sites.filters import SiteFilters
from api.sites.history_repository import SiteHistoryQueries
from api.sites.lookup_repository import SiteLookupQueries
from api.sites.search_repository import narrowed


class SiteRepository(
    SiteLookupQueries, SiteHistoryQueries, CcusLinkedRepository, TenantScopedRepository[Site]
):
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
        return narrowed(self.visible(subject), filters)

    async def get_visible(self, subject: AuthSubject, site_id: UUID) -> Site | None:
        return await self.get_one_or_none(self.visible(subject).where(Site.id == site_id))

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
