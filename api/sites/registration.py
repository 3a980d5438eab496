"""Registering and deleting sites (現場): the seed's 現場一覧 and 現場登録 screens."""

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
from api.sites.ccus_link import initial_status
from api.sites.errors import SiteHasHistory
from api.sites.lookups import lookups_for
from api.sites.reading import get_site
from api.sites.repository import SiteRepository
from api.sites.rules import check_site
from api.sites.schemas import SiteCreate


async def add_site(repository: SiteRepository, subject: AuthSubject, data: SiteCreate) -> Site:
    """Check a new site against the rules and add it (shared by the API and the demo data)."""
    state = data.model_dump()
    if errors := check_site(state, await lookups_for(repository, subject, state)):
        raise ValidationFailed(errors=errors)
    return await repository.add(
        Site(
            tenant_id=subject.tenant_id,
            ccus_status=initial_status(state["ccus_site_id"]),
            **state,
        )
    )


async def create_site(
    session: AsyncSession, subject: AuthSubject, settings: Settings, data: SiteCreate
) -> Site:
    site = await add_site(SiteRepository(session), subject, data)
    await audit.record(
        session, subject, "site.create", "site", site.id, audit.diff({}, snapshot(site))
    )
    await queue_entity(session, settings, OutboxKind.site, site)
    return site


async def delete_site(session: AsyncSession, subject: AuthSubject, site_id: UUID) -> None:
    repository = SiteRepository(session)
    site = await get_site(session, subject, site_id)
    if await repository.has_history(subject.tenant_id, site.id):
        raise SiteHasHistory()
    await session.delete(site)
    await session.flush()
    await audit.record(
        session, subject, "site.delete", "site", site.id, {"code": [site.code, None]}
    )
