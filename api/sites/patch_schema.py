"""The body of PATCH /sites/{site_id}."""

from __future__ import annotations

from uuid import UUID

from api.kit.fields import (
    Address,
    Code,
    LongName,
    Name,
    OptionalCcusId,
    OptionalPhone,
    OptionalPostalCode,
    PrefectureCode,
)
from api.kit.temporal import PeriodDate
from api.kit.updates import PatchSchema, keep
from api.models.site import Site as SiteRow
from api.models.site import StructureMode
from api.sites.schemas import OptionalCityKana, WorkLocations


class SiteUpdate(PatchSchema):
    """Fields left out stay as they are; `null` clears an optional field."""

    orm_model = SiteRow

    branch_id: UUID = keep()
    code: Code = keep()
    name: LongName = keep()
    phone: OptionalPhone = None
    postal_code: OptionalPostalCode = None
    prefecture_code: PrefectureCode = None
    city: Name = keep()
    city_kana: OptionalCityKana = None
    address: Address = None
    ccus_site_id: OptionalCcusId = None
    period_start: PeriodDate | None = None
    period_end: PeriodDate | None = None
    work_location_memo: bool = keep()
    work_locations: WorkLocations = keep(description="[] clears the list.")
    structure_mode: StructureMode = keep()
    is_visible: bool = keep()
    face_recognition: bool = keep()
    uses_kentaikyo: bool = keep()
    uses_legal_welfare: bool = keep()
    uses_workers_comp: bool = keep()
