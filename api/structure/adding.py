"""Adding a business to a site's structure by hand."""

from __future__ import annotations

from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.audit import service as audit
from api.auth.subject import AuthSubject
from api.businesses.repository import BusinessRepository
from api.config import Settings
from api.errors import ValidationFailed, field_error
from api.models.structure import SiteBusiness, StructureChangeKind
from api.sites.reading import get_site
from api.structure import placement
from api.structure.differences import ENTRY_FIELDS, change, queue, state_of
from api.structure.errors import StructureBusinessExists
from api.structure.rules import Placement
from api.structure.schemas import StructureEntryCreate
from api.structure.site_business_repository import SiteBusinessRepository


async def add_entry(
    session: AsyncSession,
    subject: AuthSubject,
    settings: Settings,
    site_id: UUID,
    data: StructureEntryCreate,
) -> SiteBusiness:
    site = await get_site(session, subject, site_id)
    repository = SiteBusinessRepository(session)
    business = await BusinessRepository(session).get_visible(subject, data.business_id)
    if business is None:
        raise ValidationFailed(
            errors=[field_error(["body", "business_id"], "business.not_found", "No such business")]
        )
    if await repository.entry(subject.tenant_id, site.id, business.id) is not None:
        raise StructureBusinessExists()
    state = data.model_dump(exclude={"business_id"})
    state["upper_business_id"] = data.upper_business_id
    if data.display_order is None:
        state["display_order"] = await repository.next_display_order(subject.tenant_id, site.id)
    await placement.check(
        session,
        subject,
        site,
        Placement(business.id, data.tier, data.upper_business_id),
        state["insurance"],
    )
    entry = await repository.add(
        SiteBusiness(tenant_id=subject.tenant_id, site_id=site.id, business_id=business.id, **state)
    )
    repository.record_change(
        change(site, business.id, StructureChangeKind.added, state_of(entry, ENTRY_FIELDS))
    )
    await queue(session, settings, site)
    await audit.record(
        session,
        subject,
        "structure.add",
        "site",
        site.id,
        {"business_id": [None, str(business.id)]},
    )
    return entry
