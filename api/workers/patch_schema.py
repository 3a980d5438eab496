"""The body of PATCH /workers/{worker_id}."""

from __future__ import annotations

from uuid import UUID

from pydantic import Field

from api.kit.fields import (
    Address,
    Code,
    MasterCode,
    MobilePhone,
    OptionalCcusId,
    OptionalDigits,
    OptionalEmail,
    OptionalPostalCode,
    OptionalVerificationNumber,
    PrefectureCode,
)
from api.kit.temporal import BirthDate, RecordDate
from api.kit.updates import PatchSchema, keep
from api.models.worker import BloodType, RhFactor, Sex, WorkerPermission
from api.models.worker import Worker as WorkerRow
from api.workers.schemas import (
    MAX_FURTHER_OCCUPATIONS,
    MAX_PHONES,
    OptionalMasterCode,
    OptionalPersonName,
    PersonKana,
    PersonName,
    Qualification,
)


class WorkerUpdate(PatchSchema):
    """Fields left out stay; `null` clears an optional field. Setting `retired_on` retires the
    worker and frees their phones and CCUS ID for a new registration."""

    orm_model = WorkerRow

    code: Code = keep()
    family_name: PersonName = keep()
    given_name: PersonName = keep()
    family_kana: PersonKana = keep()
    given_kana: PersonKana = keep()
    alias_family: OptionalPersonName = None
    alias_given: OptionalPersonName = None
    phones: list[MobilePhone] = keep(max_length=MAX_PHONES)
    email: OptionalEmail = None
    birth_date: BirthDate = keep()
    blood_type: BloodType | None = None
    rh: RhFactor | None = None
    kentaikyo_member_number: OptionalDigits = None
    ccus_worker_id: OptionalCcusId = None
    verification_number: OptionalVerificationNumber = None
    employment_type_code: MasterCode = keep()
    primary_occupation_id: UUID = keep()
    occupation_ids: list[UUID] = keep(max_length=MAX_FURTHER_OCCUPATIONS)
    position_code: OptionalMasterCode = None
    permission: WorkerPermission | None = None
    qualifications: list[Qualification] = keep(max_length=30)
    sex: Sex | None = None
    health_check_on: RecordDate | None = None
    blood_pressure_high: int | None = Field(default=None, ge=40, le=300)
    blood_pressure_low: int | None = Field(default=None, ge=20, le=200)
    postal_code: OptionalPostalCode = None
    prefecture_code: PrefectureCode = None
    address: Address = None
    hired_on: RecordDate | None = None
    retired_on: RecordDate | None = None
