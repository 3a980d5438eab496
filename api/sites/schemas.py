"""What a new site is registered with, and the 作業場所 names it may carry."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from pydantic import BeforeValidator, Field, StringConstraints

from api.kit.fields import (
    Address,
    BlankIsNone,
    Code,
    LongName,
    Name,
    OptionalCcusId,
    OptionalPhone,
    OptionalPostalCode,
    PrefectureCode,
    ShortKana,
)
from api.kit.normalize import nfkc
from api.kit.patterns import PlainText
from api.kit.schemas import Schema
from api.kit.temporal import PeriodDate
from api.models.site import StructureMode

MAX_WORK_LOCATIONS = 50


def _nfkc(value: object) -> object:
    return nfkc(value) if isinstance(value, str) else value


# 作業場所: the name a terminal sends back, so full-width letters and digits become half-width.
WorkLocationName = Annotated[
    str, StringConstraints(min_length=1, max_length=50), PlainText, BeforeValidator(_nfkc)
]
WorkLocations = Annotated[list[WorkLocationName], Field(max_length=MAX_WORK_LOCATIONS)]
OptionalCityKana = Annotated[ShortKana | None, BlankIsNone]


class SiteCreate(Schema):
    branch_id: UUID = Field(description="所属支店.")
    code: Code = Field(
        description="現場コード, unique in the tenant; with 建退共 only A–Z, a–z, 0–9, - and _."
    )
    name: LongName
    phone: OptionalPhone = None
    postal_code: OptionalPostalCode = None
    prefecture_code: PrefectureCode = None
    city: Name = Field(description="市区町村.")
    city_kana: OptionalCityKana = None
    address: Address = None
    ccus_site_id: OptionalCcusId = Field(default=None, description="CCUS 現場ID (14 digits).")
    period_start: PeriodDate | None = Field(default=None, description="就業履歴蓄積期間 start.")
    period_end: PeriodDate | None = Field(default=None, description="就業履歴蓄積期間 end.")
    work_location_memo: bool = Field(
        default=False, description="作業場所メモ: on makes the site a まとめ現場."
    )
    work_locations: WorkLocations = Field(
        default_factory=list, description="作業場所 names; only with work_location_memo."
    )
    structure_mode: StructureMode = Field(
        default=StructureMode.send, description="施工体制の登録方法."
    )
    is_visible: bool = True
    face_recognition: bool = False
    uses_kentaikyo: bool = Field(default=False, description="建退共.")
    uses_legal_welfare: bool = Field(default=False, description="法定福利.")
    uses_workers_comp: bool = Field(default=False, description="労災.")
