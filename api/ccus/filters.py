"""The filters of the CCUS lists, read from a query string or a bulk 再送's body."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Annotated
from uuid import UUID

from fastapi import Depends, Query

from api.ccus.repositories.filters import OutboxFilters
from api.ccus.schemas import OutboxFilter
from api.kit.fields import Text16
from api.kit.temporal import PeriodDate
from api.models.ccus_outbox import OutboxKind, OutboxStatus


def outbox_filters(
    kind: OutboxKind | None = None,
    day: Annotated[
        PeriodDate | None, Query(description="Resolved on this day (Asia/Tokyo).")
    ] = None,
    site_id: UUID | None = None,
    business_id: UUID | None = None,
    worker_id: UUID | None = None,
    branch_id: UUID | None = None,
    code: Annotated[Text16 | None, Query(description="A hold or error code.")] = None,
    date_from: Annotated[
        PeriodDate | None,
        Query(description="The record's date from: a work day's date, else the day resolved."),
    ] = None,
    date_to: PeriodDate | None = None,
) -> OutboxFilters:
    return OutboxFilters(
        kind=kind,
        day=day,
        site_id=site_id,
        business_id=business_id,
        worker_id=worker_id,
        branch_id=branch_id,
        code=code,
        date_from=date_from,
        date_to=date_to,
    )


OutboxFiltersDep = Annotated[OutboxFilters, Depends(outbox_filters)]


def with_statuses(filters: OutboxFilters, statuses: Sequence[OutboxStatus]) -> OutboxFilters:
    return replace(filters, statuses=tuple(statuses))


def from_body(body: OutboxFilter | None, ids: Sequence[UUID] | None) -> OutboxFilters:
    if body is None:
        return OutboxFilters(ids=tuple(ids or ()))
    return OutboxFilters(
        statuses=tuple(body.status or ()),
        kind=body.kind,
        site_id=body.site_id,
        business_id=body.business_id,
        worker_id=body.worker_id,
        branch_id=body.branch_id,
        code=body.code,
        date_from=body.date_from,
        date_to=body.date_to,
    )
