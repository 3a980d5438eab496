"""The conditions of the sites list, added to a query of the visible sites."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, exists, or_
from sqlalchemy.orm import QueryableAttribute

from api.kit.search import contains
from api.kit.sorting import order_by
from api.models.site import Site
from api.models.site_staff import SiteStaff
from api.models.structure import SiteBusiness
from api.sites.filters import SiteFilters

SORTABLE: dict[str, QueryableAttribute[Any]] = {
    "code": Site.code,
    "name": Site.name,
    "created_at": Site.created_at,
    "updated_at": Site.updated_at,
    "period_start": Site.period_start,
}


def narrowed(statement: Select[Site], filters: SiteFilters) -> Select[Site]:
    if filters.branch_id is not None:
        statement = statement.where(Site.branch_id == filters.branch_id)
    if filters.code:
        statement = statement.where(contains([Site.code], filters.code))
    if filters.name:
        statement = statement.where(contains([Site.name, Site.code], filters.name))
    if filters.ccus_site_id:
        statement = statement.where(contains([Site.ccus_site_id], filters.ccus_site_id))
    if filters.prefecture_code:
        statement = statement.where(Site.prefecture_code == filters.prefecture_code)
    if filters.is_visible is not None:
        statement = statement.where(Site.is_visible.is_(filters.is_visible))
    if filters.structure_mode is not None:
        statement = statement.where(Site.structure_mode == filters.structure_mode)
    if filters.has_ccus_id is not None:
        statement = statement.where(
            Site.ccus_site_id.is_not(None) if filters.has_ccus_id else Site.ccus_site_id.is_(None)
        )
    if filters.active_on is not None:
        # An unset bound leaves that side of the period open.
        statement = statement.where(
            or_(Site.period_start.is_(None), Site.period_start <= filters.active_on),
            or_(Site.period_end.is_(None), Site.period_end >= filters.active_on),
        )
    if filters.business_id is not None:
        statement = statement.where(
            exists().where(
                SiteBusiness.tenant_id == Site.tenant_id,
                SiteBusiness.site_id == Site.id,
                SiteBusiness.business_id == filters.business_id,
            )
        )
    if filters.staff_user_id is not None:
        statement = statement.where(
            exists().where(
                SiteStaff.tenant_id == Site.tenant_id,
                SiteStaff.site_id == Site.id,
                SiteStaff.user_id == filters.staff_user_id,
            )
        )
    return statement.order_by(*order_by(filters.sort, SORTABLE, "code", Site.id))
