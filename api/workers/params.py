"""The path and query parameters of the workers endpoints."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import Depends, Path, Query

from api.kit.fields import Text4, Text14, Text20, Text32, Text100
from api.kit.sorting import sort_query
from api.workers.filters import RetirementFilter, WorkerFilters
from api.workers.search_repository import SORTABLE

WorkerID = Annotated[UUID, Path(description="Worker id.")]


def worker_filters(
    business_id: UUID | None = None,
    branch_id: UUID | None = None,
    code: Annotated[Text32 | None, Query()] = None,
    name: Annotated[
        Text100 | None, Query(description="Partial match of name, kana or alias.")
    ] = None,
    ccus_worker_id: Annotated[Text14 | None, Query()] = None,
    phone: Annotated[Text20 | None, Query()] = None,
    employment_type_code: Annotated[Text4 | None, Query()] = None,
    site_id: Annotated[UUID | None, Query(description="Workers who entered this site.")] = None,
    status: RetirementFilter = RetirementFilter.active,
    sort: Annotated[str | None, sort_query(SORTABLE)] = None,
) -> WorkerFilters:
    return WorkerFilters(
        business_id=business_id,
        branch_id=branch_id,
        code=code,
        name=name,
        ccus_worker_id=ccus_worker_id,
        phone=phone,
        employment_type_code=employment_type_code,
        site_id=site_id,
        status=status,
        sort=sort,
    )


FiltersDep = Annotated[WorkerFilters, Depends(worker_filters)]
