from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Depends, Path, Query, status

from api.auth.deps import RegistryRead, RegistryWrite
from api.auth.errors import AUTH_ERRORS
from api.db import SessionDep
from api.deps import SettingsDep
from api.errors import ValidationFailed, error_responses
from api.kit.fields import Text2, Text14, Text32, Text200
from api.kit.pagination import PageDep
from api.kit.schemas import ListResource, Pagination
from api.kit.sorting import sort_query
from api.kit.temporal import PeriodDate
from api.models.site import StructureMode
from api.sites import service
from api.sites.errors import SiteHasHistory, SiteNotFound
from api.sites.repository import SORTABLE, SiteFilters
from api.sites.schemas import Site, SiteCreate, SiteUpdate

router = APIRouter(prefix="/sites", tags=["sites"])

SiteID = Annotated[UUID, Path(description="Site id.")]


def site_filters(
    branch_id: UUID | None = None,
    code: Annotated[Text32 | None, Query(description="Partial match.")] = None,
    name: Annotated[Text200 | None, Query(description="Partial match of name or code.")] = None,
    ccus_site_id: Annotated[Text14 | None, Query(description="Partial match.")] = None,
    prefecture_code: Annotated[Text2 | None, Query()] = None,
    is_visible: Annotated[
        bool | None, Query(description="表示/非表示; left out, both are listed.")
    ] = None,
    structure_mode: StructureMode | None = None,
    has_ccus_id: bool | None = None,
    active_on: Annotated[
        PeriodDate | None,
        Query(description="Within the 就業履歴蓄積期間; an unset start or end is open."),
    ] = None,
    sort: Annotated[str | None, sort_query(SORTABLE)] = None,
) -> SiteFilters:
    return SiteFilters(
        branch_id=branch_id,
        code=code,
        name=name,
        ccus_site_id=ccus_site_id,
        prefecture_code=prefecture_code,
        is_visible=is_visible,
        structure_mode=structure_mode,
        has_ccus_id=has_ccus_id,
        active_on=active_on,
        sort=sort,
    )


FiltersDep = Annotated[SiteFilters, Depends(site_filters)]


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
    rows, total = await service.list_sites(session, subject, filters, page)
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
    return Site.model_validate(await service.create_site(session, subject, settings, body))


@router.get(
    "/{site_id}",
    summary="Get a site",
    response_model=Site,
    responses=error_responses(*AUTH_ERRORS, SiteNotFound),
)
async def get_site(site_id: SiteID, subject: RegistryRead, session: SessionDep) -> Site:
    return Site.model_validate(await service.get_site(session, subject, site_id))


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
    return Site.model_validate(await service.update_site(session, subject, settings, site_id, body))


@router.delete(
    "/{site_id}",
    summary="Delete a site",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=error_responses(*AUTH_ERRORS, SiteNotFound, SiteHasHistory),
)
async def delete_site(site_id: SiteID, subject: RegistryWrite, session: SessionDep) -> None:
    """Only a site without work days or structure; otherwise hide it (`is_visible=false`)."""
    await service.delete_site(session, subject, site_id)
