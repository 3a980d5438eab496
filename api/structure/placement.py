"""Checking a business's place (tier, upper business) and insurance against the rest of the
site's structure."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.subject import AuthSubject
from api.businesses.repository import BusinessRepository
from api.errors import ValidationFailed
from api.models.site import Site
from api.structure.rules import Placement, check_insurance, check_placement
from api.structure.site_business_repository import SiteBusinessRepository


async def placements(
    repository: SiteBusinessRepository, tenant_id: UUID, site_id: UUID
) -> dict[UUID, Placement]:
    return {
        entry.business_id: Placement(entry.business_id, entry.tier, entry.upper_business_id)
        for entry, *_ in await repository.entries(tenant_id, site_id)
    }


async def check(
    session: AsyncSession,
    subject: AuthSubject,
    site: Site,
    placement: Placement,
    insurance: dict[str, Any],
) -> None:
    repository = SiteBusinessRepository(session)
    others = await placements(repository, subject.tenant_id, site.id)
    others.pop(placement.business_id, None)
    own_company = await BusinessRepository(session).own_company_id(subject.tenant_id)
    errors = check_placement(placement, others, own_company_id=own_company)
    errors += check_insurance(insurance, await repository.insurance_values(), ("body",))
    if errors:
        raise ValidationFailed(errors=errors)
