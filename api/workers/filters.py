"""What the workers list and export may be narrowed by."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from uuid import UUID


class RetirementFilter(StrEnum):
    active = "active"
    retired = "retired"
    all = "all"


@dataclass(frozen=True)
class WorkerFilters:
    business_id: UUID | None = None
    branch_id: UUID | None = None
    code: str | None = None
    name: str | None = None
    ccus_worker_id: str | None = None
    phone: str | None = None
    employment_type_code: str | None = None
    site_id: UUID | None = None
    status: RetirementFilter = RetirementFilter.active
    sort: str | None = None
