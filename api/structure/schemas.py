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
    worker_count: int = Field(description="Workers of this business who entered the site.")
    has_attendance: bool


class StructureEntryCreate(Schema):
    business_id: UUID
    tier: Tier = 1
    upper_business_id: UUID | None = None
    display_order: DisplayOrder = 0
    insurance: Insurance = Field(default_factory=Insurance)
    permit_number: PermitNumber = None
    consent: Consent = Consent.unanswered


class StructureEntryUpdate(PatchSchema):
    """回数変更 and the rest. Fields left out stay."""

    orm_model = SiteBusiness

    tier: Tier = keep()
    upper_business_id: UUID | None = None
    display_order: DisplayOrder = keep()
    insurance: Insurance = keep()
    permit_number: PermitNumber = None
    consent: Consent = keep()


class WorkerRef(Schema):
    id: UUID
    code: str
    family_name: str
    given_name: str
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
    first_work_date: date | None
    has_attendance: bool


class SiteWorkerUpdate(PatchSchema):
    orm_model = SiteWorkerRow

    occupation_id: UUID = keep(description="One of the worker's own occupations.")
    position_code: Text4 | None = None
    is_spot: bool = keep()
    insurance: Insurance = keep()
