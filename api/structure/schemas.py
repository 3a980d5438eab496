from __future__ import annotations

from datetime import date
from typing import Annotated
from uuid import UUID

from pydantic import Field

from api.kit.fields import DisplayOrder, MasterCode, Text4, Text30
from api.kit.schemas import Schema, TimestampedSchema
from api.kit.updates import PatchSchema, keep
from api.models.structure import MAX_TIER, Consent, SiteBusiness
from api.models.structure import SiteWorker as SiteWorkerRow

Tier = Annotated[int, Field(ge=1, le=MAX_TIER, description="次数: 1 (一次) … 5.")]
InsuranceCode = MasterCode
PermitNumber = Annotated[Text30 | None, Field(description="許可番号.")]
Usage = Annotated[bool | None, Field(description="利用 (true), なし (false), or 未 (null).")]


class Insurance(Schema):
    """Codes from /masters/insurance-values, by kind."""

    health: InsuranceCode | None = None
    pension: InsuranceCode | None = None
    employment: InsuranceCode | None = None
    kentaikyo: InsuranceCode | None = None


class BusinessRef(Schema):
    id: UUID
    code: str
    name: str
    ccus_business_id: str | None


class StructureEntry(TimestampedSchema):
    site_id: UUID
    business: BusinessRef
    tier: int
    upper_business_id: UUID | None
    display_order: int
    insurance: Insurance
    permit_number: str | None
    consent: Consent
    legal_welfare: Usage
    workers_comp: Usage
    is_prime: bool = Field(description="The 元請: the tenant's own company.")
    worker_count: int = Field(description="The business's workers on the site (施工体制技能者).")
    spot_count: int = Field(description="Of those, spot workers (スポット数).")
    has_attendance: bool


class StructureEntryCreate(Schema):
    business_id: UUID
    tier: Tier = 1
    upper_business_id: UUID | None = None
    display_order: DisplayOrder | None = Field(
        default=None, description="表示順; left out, the business goes last."
    )
    insurance: Insurance = Field(default_factory=Insurance)
    permit_number: PermitNumber = None
    consent: Consent = Consent.unanswered
    legal_welfare: Usage = None
    workers_comp: Usage = None


class StructureEntryUpdate(PatchSchema):
    """回数変更 and the rest. Fields left out stay."""

    orm_model = SiteBusiness

    tier: Tier = keep()
    upper_business_id: UUID | None = None
    display_order: DisplayOrder = keep()
    insurance: Insurance = keep()
    permit_number: PermitNumber = None
    consent: Consent = keep()
    legal_welfare: Usage = None
    workers_comp: Usage = None


class WorkerRef(Schema):
    id: UUID
    code: str
    family_name: str
    given_name: str
    family_kana: str
    given_kana: str
    employment_type_code: str
    ccus_worker_id: str | None
    retired_on: date | None


class SiteWorker(TimestampedSchema):
    site_id: UUID
    worker: WorkerRef
    business_id: UUID
    occupation_id: UUID
    position_code: str | None
    is_spot: bool
    insurance: Insurance
    special_accident_insurance: bool = Field(description="特別加入労災保険.")
    first_work_date: date | None
    phone: str | None = Field(description="The worker's first mobile number.")
    has_attendance: bool = Field(description="入退場有無: a site worker with attendance stays.")


class SiteWorkerCreate(Schema):
    """技能者追加: a worker of a business on the site's structure. Occupation and position
    default to the worker's 代表職種 and 立場."""

    worker_id: UUID
    occupation_id: UUID | None = Field(default=None, description="One of the worker's own.")
    position_code: Text4 | None = None
    is_spot: bool = False
    insurance: Insurance = Field(default_factory=Insurance)
    special_accident_insurance: bool = False


class SiteWorkerUpdate(PatchSchema):
    orm_model = SiteWorkerRow

    occupation_id: UUID = keep(description="One of the worker's own occupations.")
    position_code: Text4 | None = None
    is_spot: bool = keep()
    insurance: Insurance = keep()
    special_accident_insurance: bool = keep()
