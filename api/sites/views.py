"""A site as the API answers it."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from pydantic import Field

from api.kit.schemas import CcusLink, CcusRecheck, TimestampedSchema
from api.models.ccus_status import CcusOperation
from api.models.site import StructureMode


class Site(TimestampedSchema, CcusLink, CcusRecheck):
    branch_id: UUID
    code: str
    name: str
    phone: str | None
    postal_code: str | None
    prefecture_code: str | None
    city: str
    city_kana: str | None
    address: str | None
    ccus_site_id: str | None
    period_start: date | None
    period_end: date | None
    work_location_memo: bool
    work_locations: list[str]
    structure_mode: StructureMode
    is_visible: bool
    face_recognition: bool
    uses_kentaikyo: bool
    uses_legal_welfare: bool
    uses_workers_comp: bool
    ccus_operation: CcusOperation | None = Field(
        description="What CCUS last answered about the site: a sent change (「更新」) or an ID "
        "check (「確認」); `ccus_status` is that answer's result."
    )
