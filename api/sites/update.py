"""Changing a site."""

from __future__ import annotations

from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.audit import service as audit
from api.auth.subject import AuthSubject
from api.ccus.hooks import queue_entity
from api.config import Settings
from api.errors import ValidationFailed
from api.models.ccus_outbox import OutboxKind
from api.models.site import Site
from api.sites.audit_state import snapshot
from api.sites.ccus_link import follow_changes
from api.sites.lookups import lookups_for
from api.sites.patch_schema import SiteUpdate
from api.sites.reading import get_site
from api.sites.repository import SiteRepository
from api.sites.rules import check_site


async def update_site(
    session: AsyncSession, subject: AuthSubject, settings: Settings, site_id: UUID, data: SiteUpdate
) -> Site:
    repository = SiteRepository(session)
    site = await get_site(session, subject, site_id)
    before = snapshot(site)
    changes = data.model_dump(exclude_unset=True)
    state = {**before, **changes}
    lookups = await lookups_for(repository, subject, state, except_id=site.id)
    if errors := check_site(state, lookups):
        raise ValidationFailed(errors=errors)
    for field, value in changes.items():
        setattr(site, field, value)
    diff = audit.diff(before, snapshot(site))
    follow_changes(site, state["ccus_site_id"], diff)
    await session.flush()
    await audit.record(session, subject, "site.update", "site", site.id, diff)
    if diff:
        await queue_entity(session, settings, OutboxKind.site, site, diff)
    return site
