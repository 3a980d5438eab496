"""Removing a site worker (削除): only one with no attendance on the site."""

from __future__ import annotations

from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.audit import service as audit
from api.auth.subject import AuthSubject
from api.config import Settings
from api.models.structure import StructureChangeKind
from api.sites.reading import get_site
from api.structure.differences import change, queue
from api.structure.errors import SiteWorkerHasHistory, SiteWorkerNotFound
from api.structure.site_business_repository import SiteBusinessRepository
from api.structure.site_worker_repository import SiteWorkerRepository


async def remove_site_worker(
    session: AsyncSession,
    subject: AuthSubject,
    settings: Settings,
    site_id: UUID,
    worker_id: UUID,
) -> None:
    site = await get_site(session, subject, site_id)
    repository = SiteWorkerRepository(session)
    found = await repository.entry(subject.tenant_id, site.id, worker_id)
    if found is None:
        raise SiteWorkerNotFound()
    site_worker = found[0]
    # Its work history on this site would lose the site worker CCUS counts it under.
    if await repository.has_history(subject.tenant_id, site.id, worker_id):
        raise SiteWorkerHasHistory()
    await session.delete(site_worker)
    SiteBusinessRepository(session).record_change(
        change(
            site,
            site_worker.business_id,
            StructureChangeKind.worker_removed,
            {},
            worker_id=worker_id,
        )
    )
    await queue(session, settings, site)
    await audit.record(
        session,
        subject,
        "site_worker.remove",
        "site",
        site.id,
        {"worker_id": [str(worker_id), None]},
    )
    await session.flush()
