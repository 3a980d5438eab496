from __future__ import annotations

from datetime import date
from typing import Annotated
from uuid import UUID

from pydantic import Field

from api.kit.schemas import Schema, TimestampedSchema
from api.models.structure import MAX_TIER, Consent

Tier = Annotated[int, Field(ge=1, le=MAX_TIER, description="次数: 1 (一次) … 5.")]
InsuranceCode = Annotated[str, Field(min_length=1, max_length=4)]


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
    display_order: int = Field(default=0, ge=0, le=10_000)
    insurance: Insurance = Field(default_factory=Insurance)
    permit_number: Annotated[str | None, Field(max_length=30)] = None
    consent: Consent = Consent.unanswered


class StructureEntryUpdate(Schema):
    """回数変更 and the rest. Fields left out stay."""

    tier: Tier | None = None
    upper_business_id: UUID | None = None
    display_order: int | None = Field(default=None, ge=0, le=10_000)
    insurance: Insurance | None = None
    permit_number: Annotated[str | None, Field(max_length=30)] = None
    consent: Consent | None = None


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


class SiteWorkerUpdate(Schema):
    occupation_id: UUID | None = Field(
        default=None, description="One of the worker's own occupations."
    )
    position_code: Annotated[str | None, Field(max_length=4)] = None
    is_spot: bool | None = None
    insurance: Insurance | None = None
