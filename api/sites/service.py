"""Registering sites (現場): the rules of the seed's 現場一覧 and 現場登録 screens."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.audit import service as audit
from api.auth.subject import AuthSubject
from api.ccus.hooks import queue_entity
from api.config import Settings
from api.errors import ValidationFailed
from api.kit.pagination import PageParams
from api.models.ccus_outbox import OutboxKind
from api.models.ccus_status import CcusStatus
from api.models.site import Site
from api.sites.errors import SiteHasHistory, SiteNotFound
from api.sites.repository import SiteFilters, SiteRepository
from api.sites.rules import SiteLookups, check_site
from api.sites.schemas import SiteCreate, SiteUpdate

_AUDITED = tuple(SiteCreate.model_fields)
# Changes to these are what CCUS must learn about a site.
_CCUS_FIELDS = {
    "name",
    "code",
    "ccus_site_id",
    "period_start",
    "period_end",
    "prefecture_code",
    "city",
    "address",
    "postal_code",
}


def _snapshot(site: Site) -> dict[str, Any]:
    state = {field: getattr(site, field) for field in _AUDITED}
    state["work_locations"] = list(site.work_locations)
    return state


async def lookups_for(
    repository: SiteRepository,
    subject: AuthSubject,
    state: dict[str, Any],
    *,
    except_id: UUID | None = None,
) -> SiteLookups:
    tenant_id = subject.tenant_id
    return SiteLookups(
        assignable_branch_ids=await repository.assignable_branch_ids(subject),
        prefecture_codes=await repository.prefecture_codes(),
        taken_codes=await repository.taken_codes(
            tenant_id, [state.get("code")], except_id=except_id
        ),
        taken_ccus_ids=await repository.taken_ccus_ids(
            tenant_id, [state.get("ccus_site_id")], except_id=except_id
        ),
    )


async def add_site(repository: SiteRepository, subject: AuthSubject, data: SiteCreate) -> Site:
    """Check a new site against the rules and add it (shared by the API and the demo data)."""
    state = data.model_dump()
    if errors := check_site(state, await lookups_for(repository, subject, state)):
        raise ValidationFailed(errors=errors)
    return await repository.add(
        Site(
            tenant_id=subject.tenant_id,
            ccus_status=CcusStatus.pending if state["ccus_site_id"] else CcusStatus.not_linked,
            **state,
        )
    )


async def list_sites(
    session: AsyncSession, subject: AuthSubject, filters: SiteFilters, page: PageParams
) -> tuple[Sequence[Site], int]:
    repository = SiteRepository(session)
    return await repository.paginate(repository.filtered(subject, filters), page)


async def get_site(session: AsyncSession, subject: AuthSubject, site_id: UUID) -> Site:
    site = await SiteRepository(session).get_visible(subject, site_id)
    if site is None:
        raise SiteNotFound()
    return site


async def create_site(
    session: AsyncSession, subject: AuthSubject, settings: Settings, data: SiteCreate
) -> Site:
    site = await add_site(SiteRepository(session), subject, data)
    await audit.record(
        session, subject, "site.create", "site", site.id, audit.diff({}, _snapshot(site))
    )
    await queue_entity(session, settings, OutboxKind.site, site)
    return site


async def update_site(
    session: AsyncSession, subject: AuthSubject, settings: Settings, site_id: UUID, data: SiteUpdate
) -> Site:
    repository = SiteRepository(session)
    site = await get_site(session, subject, site_id)
    before = _snapshot(site)
    changes = data.model_dump(exclude_unset=True)
    state = {**before, **changes}
    lookups = await lookups_for(repository, subject, state, except_id=site.id)
    if errors := check_site(state, lookups):
        raise ValidationFailed(errors=errors)
    for field, value in changes.items():
        setattr(site, field, value)
    diff = audit.diff(before, _snapshot(site))
    if state["ccus_site_id"] and _CCUS_FIELDS & set(diff):
        # The CCUS sender sends (or re-checks) what is pending.
        site.ccus_status = CcusStatus.pending
    elif not state["ccus_site_id"]:
        site.ccus_status = CcusStatus.not_linked
    await session.flush()
    await audit.record(session, subject, "site.update", "site", site.id, diff)
    if diff:
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
