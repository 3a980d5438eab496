"""A worker as the API answers it."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from pydantic import Field

from api.kit.schemas import CcusLink, CcusRecheck, Schema, TimestampedSchema
from api.kit.verification import masked
from api.models.worker import BloodType, RhFactor, Sex, WorkerPermission
from api.models.worker import Worker as WorkerRow
from api.workers.schemas import Qualification


class BusinessSummary(Schema):
    id: UUID
    code: str
    name: str


class OccupationSummary(Schema):
    id: UUID
    major_code: str
    major_name: str
    minor_code: str
    minor_name: str


class Worker(TimestampedSchema, CcusLink, CcusRecheck):
    business: BusinessSummary
    code: str
    family_name: str
    given_name: str
    family_kana: str
    given_kana: str
    alias_family: str | None
    alias_given: str | None
    phones: list[str]
    email: str | None
    birth_date: date
    blood_type: BloodType | None
    rh: RhFactor | None
    kentaikyo_member_number: str | None
    ccus_worker_id: str | None
    verification_number: str | None = Field(description="Always masked (****) when set.")
    employment_type_code: str
    primary_occupation: OccupationSummary
    occupation_ids: list[UUID] = Field(description="Further occupations besides the 代表職種.")
    position_code: str | None
    permission: WorkerPermission | None
    qualifications: list[Qualification]
    sex: Sex | None
    health_check_on: date | None
    blood_pressure_high: int | None
    blood_pressure_low: int | None
    postal_code: str | None
    prefecture_code: str | None
    address: str | None
    hired_on: date | None
    retired_on: date | None
    is_retired: bool


_COMPUTED = {
    "ccus_recheck",
    "phones",
    "occupation_ids",
    "verification_number",
    "business",
    "primary_occupation",
    "is_retired",
}


def worker_schema(row: WorkerRow) -> Worker:
    fields = {name: getattr(row, name) for name in Worker.model_fields if name not in _COMPUTED}
    return Worker.model_validate(
        {
            **fields,
            "business": row.business,
            "primary_occupation": row.primary_occupation,
            "phones": row.phone_numbers,
            "occupation_ids": row.occupation_ids,
            "verification_number": masked(row.verification_number_encrypted),
            "is_retired": row.is_retired,
        }
    )
