"""POST /sites/{site_id}/ccus/register: register the site in CCUS and link it, in one action."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter
from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.deps import RegistryWrite
from api.auth.errors import AUTH_ERRORS
from api.auth.subject import AuthSubject
from api.ccus.errors import CcusRefused, CcusUnreachable
from api.ccus.gateway import CcusGateway
from api.ccus.site_registration import register_site
from api.config import Settings
from api.db import SessionDep, between_transactions
from api.deps import CcusDep, SettingsDep
from api.errors import error_responses
from api.sites import update
from api.sites.errors import SiteAlreadyLinked, SiteNotFound
from api.sites.params import SiteID
from api.sites.patch_schema import SiteUpdate
from api.sites.reading import get_site
from api.sites.views import Site

router = APIRouter(prefix="/sites", tags=["sites"])


async def register_and_link(
    session: AsyncSession,
    subject: AuthSubject,
    settings: Settings,
    gateway: CcusGateway,
    site_id: UUID,
) -> Site:
    site = await get_site(session, subject, site_id)
    if site.ccus_site_id is not None:
        raise SiteAlreadyLinked()
    # No transaction is open while CCUS answers; a lost answer is harmless (one key per site).
    async with between_transactions(session, subject.tenant_id):
        ccus_site_id = await register_site(gateway, site)
    # Linked as staff would link it by typing the 現場ID: the same checks, audit and sends.
    linked = await update.update_site(
        session, subject, settings, site_id, SiteUpdate(ccus_site_id=ccus_site_id)
    )
    return Site.model_validate(linked)


@router.post(
    "/{site_id}/ccus/register",
    summary="Register the site in CCUS (現場登録) and link it",
    response_model=Site,
    responses=error_responses(
        *AUTH_ERRORS, SiteNotFound, SiteAlreadyLinked, CcusRefused, CcusUnreachable
    ),
)
async def register_site_in_ccus(
    site_id: SiteID,
    subject: RegistryWrite,
    session: SessionDep,
    settings: SettingsDep,
    gateway: CcusDep,
) -> Site:
    """CCUS assigns the 現場ID and sets 標準APIの利用, so it takes the site's 施工体制; the
    answer is the site with its 現場ID. A site that has a 現場ID already is refused (409)."""
    return await register_and_link(session, subject, settings, gateway, site_id)
