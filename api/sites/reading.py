"""Reading sites: the list and one site."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.subject import AuthSubject
from api.kit.pagination import PageParams
from api.models.site import Site
from api.sites.errors import SiteNotFound
from api.sites.filters import SiteFilters
from api.sites.repository import SiteRepository


async def list_sites(
    session: AsyncSession, subject: AuthSubject, filters: SiteFilters, page: PageParams
) -> tuple[Sequence[Site], int]:
    repository = SiteRepository(session)
    return await repository.paginate(repository.filtered(subject, filters), page)


async def get_site(session: AsyncSession, subject: AuthSubject, site_id: UUID) -> Site:
    site = await SiteRepository(session).get_visible(subject, site_id)
    if site is None:
        raise SiteNotFound()
    return site
