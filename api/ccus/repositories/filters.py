"""Which outbox rows a CCUS list or a bulk 再送 means: by state, kind, whose (site, business,
worker, branch), code and date. Conditions over the labelled view (`views._labelled`), so a
structure row matches the business and worker CCUS named in its refusal."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from uuid import UUID

from sqlalchemy import ColumnElement, Date, cast, func, or_
from sqlalchemy.orm import InstrumentedAttribute

from api.kit.japan import tokyo_date
from api.models.attendance import WorkDay
from api.models.business import Business
from api.models.ccus_outbox import OutboxKind, OutboxRow, OutboxStatus
from api.models.site import Site
from api.models.worker import Worker

RESOLVED_DAY = tokyo_date(OutboxRow.resolved_at)
# The record's own date: a work day's date (a deletion's from what it must still say), else
# the day the row was resolved, or is due when it has not been.
RECORD_DAY = func.coalesce(
    WorkDay.work_date,
    cast(OutboxRow.payload["work_date"].astext, Date),
    RESOLVED_DAY,
    tokyo_date(OutboxRow.scheduled_for),
)


@dataclass(frozen=True)
class OutboxFilters:
    statuses: Sequence[OutboxStatus] = ()
    kind: OutboxKind | None = None
    day: date | None = None
    site_id: UUID | None = None
    business_id: UUID | None = None
    worker_id: UUID | None = None
    branch_id: UUID | None = None
    code: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    ids: Sequence[UUID] = field(default=())


def conditions(filters: OutboxFilters) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if filters.statuses:
        where.append(OutboxRow.status.in_(list(filters.statuses)))
    if filters.ids:
        where.append(OutboxRow.id.in_(list(filters.ids)))
    if filters.kind is not None:
        where.append(OutboxRow.kind == filters.kind)
    if filters.day is not None:
        where.append(RESOLVED_DAY == filters.day)  # noqa: SIM300
    for column, wanted in (
        (Site.id, filters.site_id),
        (Business.id, filters.business_id),
        (Worker.id, filters.worker_id),
        (Site.branch_id, filters.branch_id),
    ):
        if wanted is not None:
            where.append(column == wanted)
    if filters.code is not None:
        where.append(or_(*(column == filters.code for column in code_columns())))
    if filters.date_from is not None:
        where.append(filters.date_from <= RECORD_DAY)
    if filters.date_to is not None:
        where.append(filters.date_to >= RECORD_DAY)
    return where


def code_columns() -> list[InstrumentedAttribute[str | None]]:
    """Where a row's code is kept: genba's hold code or CCUS's error code."""
    return [OutboxRow.hold_code, OutboxRow.error_code]
