"""GET and POST /sites: the list and a new registration."""

from __future__ import annotations

from fastapi import APIRouter, status

from api.auth.deps import RegistryRead, RegistryWrite
from api.auth.errors import AUTH_ERRORS
from api.db import SessionDep
from api.deps import SettingsDep
from api.errors import ValidationFailed, error_responses
from api.kit.pagination import PageDep
from api.kit.schemas import ListResource, Pagination
from api.sites import reading, registration
from api.sites.params import FiltersDep
from api.sites.schemas import SiteCreate
from api.sites.views import Site

router = APIRouter(prefix="/sites", tags=["sites"])


@router.get(
    "",
    summary="List sites",
    response_model=ListResource[Site],
    responses=error_responses(*AUTH_ERRORS, ValidationFailed),
)
async def list_sites(
    subject: RegistryRead, session: SessionDep, page: PageDep, filters: FiltersDep
) -> ListResource[Site]:
    """現場一覧: filters as on the seed's screen; branch-limited users see their branches' sites."""
    rows, total = await reading.list_sites(session, subject, filters, page)
    return ListResource[Site](
        items=[Site.model_validate(row) for row in rows],
        pagination=Pagination.of(total, page.page, page.limit),
    )


@router.post(
    "",
    summary="Register a site",
    status_code=status.HTTP_201_CREATED,
    response_model=Site,
    responses=error_responses(*AUTH_ERRORS, ValidationFailed),
)
async def create_site(
    body: SiteCreate, subject: RegistryWrite, session: SessionDep, settings: SettingsDep
) -> Site:
    """A site with a CCUS 現場ID starts `ccus_status=pending`."""
    return Site.model_validate(await registration.create_site(session, subject, settings, body))
