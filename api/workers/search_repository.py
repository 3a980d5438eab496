"""The conditions of the workers list and export, added to a query of the visible workers."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from uuid import UUID

from sqlalchemy import Select, exists
from sqlalchemy.orm import QueryableAttribute

from api.kit.search import contains
from api.kit.sorting import order_by
from api.models.business import BusinessBranch
from api.models.structure import SiteWorker
from api.models.worker import Worker, WorkerPhone
from api.workers.filters import RetirementFilter, WorkerFilters

SORTABLE: dict[str, QueryableAttribute[Any]] = {
    "code": Worker.code,
    "kana": Worker.family_kana,
    "birth_date": Worker.birth_date,
    "created_at": Worker.created_at,
    "updated_at": Worker.updated_at,
}


def business_in_branches(branch_ids: Iterable[UUID]) -> Any:
    return exists().where(
        BusinessBranch.tenant_id == Worker.tenant_id,
        BusinessBranch.business_id == Worker.business_id,
        BusinessBranch.branch_id.in_(set(branch_ids)),
    )


def narrowed(statement: Select[Worker], filters: WorkerFilters) -> Select[Worker]:
    if filters.business_id is not None:
        statement = statement.where(Worker.business_id == filters.business_id)
    if filters.branch_id is not None:
        statement = statement.where(business_in_branches({filters.branch_id}))
    if filters.code:
        statement = statement.where(contains([Worker.code], filters.code))
    if filters.name:
        full_name = Worker.family_name + Worker.given_name
        full_kana = Worker.family_kana + Worker.given_kana
        compact = filters.name.replace(" ", "").replace("\u3000", "")
        statement = statement.where(
            contains([full_name, full_kana, Worker.alias_family, Worker.alias_given], compact)
        )
    if filters.ccus_worker_id:
        statement = statement.where(contains([Worker.ccus_worker_id], filters.ccus_worker_id))
    if filters.phone:
        statement = statement.where(
            exists().where(
                WorkerPhone.tenant_id == Worker.tenant_id,
                WorkerPhone.worker_id == Worker.id,
                contains([WorkerPhone.number], filters.phone),
            )
        )
    if filters.employment_type_code:
        statement = statement.where(Worker.employment_type_code == filters.employment_type_code)
    if filters.site_id is not None:
        statement = statement.where(
            exists().where(
                SiteWorker.tenant_id == Worker.tenant_id,
                SiteWorker.worker_id == Worker.id,
                SiteWorker.site_id == filters.site_id,
            )
        )
    if filters.status is RetirementFilter.active:
        statement = statement.where(Worker.retired_on.is_(None))
    elif filters.status is RetirementFilter.retired:
        statement = statement.where(Worker.retired_on.is_not(None))
    return statement.order_by(*order_by(filters.sort, SORTABLE, "kana", Worker.id))
