"""Removing a business from a site's structure."""

from __future__ import annotations

from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.audit import service as audit
from api.auth.subject import AuthSubject
from api.config import Settings
from api.models.structure import StructureChangeKind
from api.structure.differences import change, queue
from api.structure.errors import StructureHasAttendance, StructureHasLower
from api.structure.placement import placements
from api.structure.reading import find_entry
from api.structure.site_business_repository import SiteBusinessRepository
from api.structure.site_worker_repository import SiteWorkerRepository


async def remove_entry(
    session: AsyncSession,
    subject: AuthSubject,
    settings: Settings,
    site_id: UUID,
    business_id: UUID,
) -> None:
    site, entry = await find_entry(session, subject, site_id, business_id)
    repository = SiteBusinessRepository(session)
    if await repository.has_attendance(subject.tenant_id, site.id, business_id):
        raise StructureHasAttendance()
    others = await placements(repository, subject.tenant_id, site.id)
    if any(placement.upper_business_id == business_id for placement in others.values()):
        raise StructureHasLower()
    # Its site workers (added by hand: the business has no attendance here) leave with it.
    for site_worker in await SiteWorkerRepository(session).of_business(
        subject.tenant_id, site.id, business_id
    ):
        await session.delete(site_worker)
        repository.record_change(
            change(
                site,
                business_id,
                StructureChangeKind.worker_removed,
                {},
                worker_id=site_worker.worker_id,
            )
        )
    await session.delete(entry)
    repository.record_change(change(site, business_id, StructureChangeKind.removed, {}))
    await queue(session, settings, site)
    await audit.record(
        session,
        subject,
        "structure.remove",
        "site",
        site.id,
        {"business_id": [str(business_id), None]},
    )
    await session.flush()
