"""Changing a business's place in a site's structure (回数変更)."""

from __future__ import annotations

from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.audit import service as audit
from api.auth.subject import AuthSubject
from api.config import Settings
from api.models.structure import SiteBusiness, StructureChangeKind
from api.structure import placement
from api.structure.differences import ENTRY_FIELDS, change, queue, state_of
from api.structure.reading import find_entry
from api.structure.rules import Placement
from api.structure.schemas import StructureEntryUpdate
from api.structure.site_business_repository import SiteBusinessRepository


async def update_entry(
    session: AsyncSession,
    subject: AuthSubject,
    settings: Settings,
    site_id: UUID,
    business_id: UUID,
    data: StructureEntryUpdate,
) -> SiteBusiness:
    site, entry = await find_entry(session, subject, site_id, business_id)
    before = state_of(entry, ENTRY_FIELDS)
    changes = data.model_dump(exclude_unset=True)
    if "upper_business_id" in changes:
        changes["upper_business_id"] = data.upper_business_id
    after = {**before, **changes}
    await placement.check(
        session,
        subject,
        site,
        Placement(entry.business_id, after["tier"], after["upper_business_id"]),
        after["insurance"] or {},
    )
    for field, value in changes.items():
        setattr(entry, field, value)
    difference = audit.diff(before, after)
    if difference:
        SiteBusinessRepository(session).record_change(
            change(site, entry.business_id, StructureChangeKind.updated, difference)
        )
        await queue(session, settings, site)
        await audit.record(
            session,
            subject,
            "structure.update",
            "site",
            site.id,
            {"business_id": str(entry.business_id), **difference},
        )
    await session.flush()
    return entry
