"""Which entities the CCUSID有効確認 list shows: by CCUS ID, the day it was checked, and its
result (○, 失敗, or not checked yet)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any
from uuid import UUID

from sqlalchemy import ColumnElement

from api.kit.japan import tokyo_date
from api.models.ccus_status import CcusStatus


class CheckResult(StrEnum):
    ok = "ok"
    failed = "failed"
    unchecked = "unchecked"


@dataclass(frozen=True)
class IdCheckFilters:
    result: CheckResult | None = None
    ccus_id: str | None = None
    business_id: UUID | None = None
    date_from: date | None = None
    date_to: date | None = None


def check_result(checked_at: object, status: CcusStatus | None) -> CheckResult:
    """What the list shows: still to check (never, or asked again), ○, or 失敗."""
    if checked_at is None or status is CcusStatus.pending:
        return CheckResult.unchecked
    return CheckResult.ok if status is CcusStatus.synced else CheckResult.failed


def id_check_conditions(model: Any, filters: IdCheckFilters) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    checked, status = model.ccus_checked_at, model.ccus_status
    if filters.result is CheckResult.ok:
        where += [checked.is_not(None), status == CcusStatus.synced]
    elif filters.result is CheckResult.failed:
        where += [checked.is_not(None), status == CcusStatus.failed]
    elif filters.result is CheckResult.unchecked:
        where.append(checked.is_(None) | (status == CcusStatus.pending))
    day = tokyo_date(checked)
    if filters.date_from is not None:
        where.append(day >= filters.date_from)
    if filters.date_to is not None:
        where.append(day <= filters.date_to)
    return where
