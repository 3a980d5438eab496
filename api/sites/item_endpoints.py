"""GET, PATCH and DELETE /sites/{site_id}."""

from __future__ import annotations

from fastapi import APIRouter, status

from api.auth.deps import RegistryRead, RegistryWrite
from api.auth.errors import AUTH_ERRORS
from api.ccus.wakeups import recheck_of
from api.db import SessionDep
from api.deps import SettingsDep
from api.errors import ValidationFailed, error_responses
from api.sites import reading, registration, update
from api.sites.errors import SiteHasHistory, SiteNotFound
from api.sites.params import SiteID
from api.sites.patch_schema import SiteUpdate
from api.sites.views import Site

router = APIRouter(prefix="/sites", tags=["sites"])


@router.get(
    "/{site_id}",
    summary="Get a site",
    response_model=Site,
    responses=error_responses(*AUTH_ERRORS, SiteNotFound),
)
async def get_site(site_id: SiteID, subject: RegistryRead, session: SessionDep) -> Site:
    return Site.model_validate(await reading.get_site(session, subject, site_id))


@router.patch(
    "/{site_id}",
    summary="Update a site",
    response_model=Site,
    responses=error_responses(*AUTH_ERRORS, SiteNotFound, ValidationFailed),
)
async def update_site(
    site_id: SiteID,
    body: SiteUpdate,
    subject: RegistryWrite,
    session: SessionDep,
    settings: SettingsDep,
) -> Site:
    """A change CCUS must learn puts the site back to `ccus_status=pending`."""
    site = await update.update_site(session, subject, settings, site_id, body)
    return Site.model_validate(site).model_copy(
        update={"ccus_recheck": recheck_of(session, site.id)}
    )


@router.delete(
    "/{site_id}",
    summary="Delete a site",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=error_responses(*AUTH_ERRORS, SiteNotFound, SiteHasHistory),
)
async def delete_site(site_id: SiteID, subject: RegistryWrite, session: SessionDep) -> None:
    """Only a site without work days or structure; otherwise hide it (`is_visible=false`)."""
    await registration.delete_site(session, subject, site_id)
