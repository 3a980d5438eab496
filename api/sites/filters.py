"""What the sites list may be narrowed by."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from api.models.site import StructureMode


@dataclass(frozen=True)
class SiteFilters:
    branch_id: UUID | None = None
    code: str | None = None
    name: str | None = None
    ccus_site_id: str | None = None
    prefecture_code: str | None = None
    is_visible: bool | None = None
    structure_mode: StructureMode | None = None
    has_ccus_id: bool | None = None
    active_on: date | None = None
    business_id: UUID | None = None
    staff_user_id: UUID | None = None
    sort: str | None = None
