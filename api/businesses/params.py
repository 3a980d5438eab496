"""The path and query parameters of the businesses endpoints."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import Depends, Path, Query

from api.businesses.filters import BusinessFilters
from api.businesses.search_repository import SORTABLE
from api.kit.fields import Text14, Text20, Text32, Text100
from api.kit.sorting import sort_query

BusinessID = Annotated[UUID, Path(description="Business id.")]


def business_filters(
    branch_id: UUID | None = None,
    code: Annotated[Text32 | None, Query(description="Partial match.")] = None,
    name: Annotated[Text100 | None, Query(description="Partial match of name or kana.")] = None,
    ccus_business_id: Annotated[Text14 | None, Query()] = None,
    phone: Annotated[Text20 | None, Query()] = None,
    has_ccus_id: bool | None = None,
    site_id: Annotated[
        UUID | None, Query(description="Businesses in this site's structure.")
    ] = None,
    is_own_company: Annotated[
        bool | None, Query(description="true: only the tenant's own company (元請).")
    ] = None,
    sort: Annotated[str | None, sort_query(SORTABLE)] = None,
) -> BusinessFilters:
    return BusinessFilters(
        branch_id=branch_id,
        code=code,
        name=name,
        ccus_business_id=ccus_business_id,
        phone=phone,
        has_ccus_id=has_ccus_id,
        site_id=site_id,
        is_own_company=is_own_company,
        sort=sort,
    )


FiltersDep = Annotated[BusinessFilters, Depends(business_filters)]
