"""What the businesses list and export may be narrowed by."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID


@dataclass(frozen=True)
class BusinessFilters:
    branch_id: UUID | None = None
    code: str | None = None
    name: str | None = None
    ccus_business_id: str | None = None
    phone: str | None = None
    has_ccus_id: bool | None = None
    site_id: UUID | None = None
    is_own_company: bool | None = None
    sort: str | None = None
