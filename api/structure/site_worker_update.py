"""Changing a site worker's occupation, position or flags."""

from __future__ import annotations

from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.audit import service as audit
from api.auth.subject import AuthSubject
from api.config import Settings
from api.errors import ValidationFailed
from api.models.structure import StructureChangeKind
from api.sites.reading import get_site
from api.structure.differences import WORKER_FIELDS, change, queue, state_of
from api.structure.errors import SiteWorkerNotFound
from api.structure.schemas import SiteWorkerUpdate
from api.structure.site_business_repository import SiteBusinessRepository
from api.structure.site_worker_checks import site_worker_errors
from api.structure.site_worker_repository import SiteWorkerRepository, SiteWorkerRow


async def update_site_worker(
    session: AsyncSession,
    subject: AuthSubject,
    settings: Settings,
    site_id: UUID,
    worker_id: UUID,
    data: SiteWorkerUpdate,
) -> SiteWorkerRow:
    site = await get_site(session, subject, site_id)
    found = await SiteWorkerRepository(session).entry(subject.tenant_id, site.id, worker_id)
    if found is None:
        raise SiteWorkerNotFound()
    site_worker, worker, attended, phone = found
    changes = data.model_dump(exclude_unset=True)
    if "occupation_id" in changes:
        changes["occupation_id"] = data.occupation_id
    if errors := await site_worker_errors(session, subject.tenant_id, worker, changes):
        raise ValidationFailed(errors=errors)
    before = state_of(site_worker, WORKER_FIELDS)
    for field, value in changes.items():
        setattr(
            site_worker,
            field,
            value if value is not None or field == "position_code" else getattr(site_worker, field),
        )
    difference = audit.diff(before, state_of(site_worker, WORKER_FIELDS))
    if difference:
        SiteBusinessRepository(session).record_change(
            change(
                site,
                site_worker.business_id,
                StructureChangeKind.worker_updated,
                difference,
                worker_id=worker.id,
            )
        )
        await queue(session, settings, site)
        await audit.record(
            session,
            subject,
            "site_worker.update",
            "site",
            site.id,
            {"worker_id": str(worker.id), **difference},
        )
    await session.flush()
    return site_worker, worker, attended, phone
