"""The path and query parameters of the sites endpoints."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import Depends, Path, Query

from api.kit.fields import Text2, Text14, Text32, Text200
from api.kit.sorting import sort_query
from api.kit.temporal import PeriodDate
from api.models.site import StructureMode
from api.sites.filters import SiteFilters
from api.sites.search_repository import SORTABLE

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
    business_id: Annotated[
        UUID | None, Query(description="Sites whose 施工体制 has this business.")
    ] = None,
    staff_user_id: Annotated[
        UUID | None, Query(description="Sites this user is in charge of (現場担当者).")
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
        business_id=business_id,
        staff_user_id=staff_user_id,
        sort=sort,
    )


FiltersDep = Annotated[SiteFilters, Depends(site_filters)]
