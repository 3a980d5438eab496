"""The conditions of the businesses list and export, added to a query of the visible ones."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from uuid import UUID

from sqlalchemy import Select, exists
from sqlalchemy.orm import QueryableAttribute

from api.businesses.filters import BusinessFilters
from api.kit.search import contains
from api.kit.sorting import order_by
from api.models.business import Business, BusinessBranch
from api.models.structure import SiteBusiness

SORTABLE: dict[str, QueryableAttribute[Any]] = {
    "code": Business.code,
    "name": Business.name,
    "name_kana": Business.name_kana,
    "created_at": Business.created_at,
    "updated_at": Business.updated_at,
}


def in_branches(branch_ids: Iterable[UUID]) -> Any:
    return exists().where(
        BusinessBranch.tenant_id == Business.tenant_id,
        BusinessBranch.business_id == Business.id,
        BusinessBranch.branch_id.in_(branch_ids),
    )


def narrowed(statement: Select[Business], filters: BusinessFilters) -> Select[Business]:
    if filters.branch_id is not None:
        statement = statement.where(
            exists().where(
                BusinessBranch.tenant_id == Business.tenant_id,
                BusinessBranch.business_id == Business.id,
                BusinessBranch.branch_id == filters.branch_id,
            )
        )
    if filters.code:
        statement = statement.where(contains([Business.code], filters.code))
    if filters.name:
        statement = statement.where(contains([Business.name, Business.name_kana], filters.name))
    if filters.ccus_business_id:
        statement = statement.where(contains([Business.ccus_business_id], filters.ccus_business_id))
    if filters.phone:
        statement = statement.where(contains([Business.phone, Business.fax], filters.phone))
    if filters.has_ccus_id is not None:
        statement = statement.where(
            Business.ccus_business_id.is_not(None)
            if filters.has_ccus_id
            else Business.ccus_business_id.is_(None)
        )
    if filters.is_own_company is not None:
        statement = statement.where(Business.is_own_company.is_(filters.is_own_company))
    if filters.site_id is not None:
        statement = statement.where(
            exists().where(
                SiteBusiness.tenant_id == Business.tenant_id,
                SiteBusiness.business_id == Business.id,
                SiteBusiness.site_id == filters.site_id,
            )
        )
    return statement.order_by(*order_by(filters.sort, SORTABLE, "name_kana", Business.id))
