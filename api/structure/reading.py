"""Reading a site's structure and its site workers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.subject import AuthSubject
from api.models.site import Site
from api.models.structure import SiteBusiness
from api.sites.reading import get_site
from api.structure.errors import StructureEntryNotFound
from api.structure.site_business_repository import SiteBusinessRepository
from api.structure.site_worker_repository import SiteWorkerRepository, SiteWorkerRow


async def structure(
    session: AsyncSession, subject: AuthSubject, site_id: UUID
) -> tuple[Site, Sequence[Any]]:
    site = await get_site(session, subject, site_id)
    return site, await SiteBusinessRepository(session).entries(subject.tenant_id, site.id)


async def find_entry(
    session: AsyncSession, subject: AuthSubject, site_id: UUID, business_id: UUID
) -> tuple[Site, SiteBusiness]:
    site = await get_site(session, subject, site_id)
    entry = await SiteBusinessRepository(session).entry(subject.tenant_id, site.id, business_id)
    if entry is None:
        raise StructureEntryNotFound()
    return site, entry


async def site_workers(
    session: AsyncSession, subject: AuthSubject, site_id: UUID
) -> Sequence[SiteWorkerRow]:
    site = await get_site(session, subject, site_id)
    return await SiteWorkerRepository(session).entries(subject.tenant_id, site.id)
