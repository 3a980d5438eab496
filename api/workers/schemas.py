"""What a new worker is registered with: the fields, their bounds and their qualifications."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from pydantic import ConfigDict, Field

from api.kit.fields import (
    Address,
    BlankIsNone,
    MasterCode,
    MobilePhone,
    Name,
    OptionalCcusId,
    OptionalCode,
    OptionalDigits,
    OptionalEmail,
    OptionalPostalCode,
    OptionalVerificationNumber,
    PrefectureCode,
    ShortKana,
    ShortName,
    Text50,
)
from api.kit.schemas import Schema
from api.kit.temporal import BirthDate, RecordDate
from api.models.worker import BloodType, RhFactor, Sex, WorkerPermission

MAX_PHONES = 3
# CCUS records at most four 職種 per worker: the 代表職種 and three more.
MAX_FURTHER_OCCUPATIONS = 3

PersonName = ShortName
OptionalPersonName = Annotated[ShortName | None, BlankIsNone]
PersonKana = ShortKana
OptionalMasterCode = Annotated[MasterCode | None, BlankIsNone]


class Qualification(Schema):
    """資格・免許."""

    name: Name
    number: Annotated[Text50 | None, BlankIsNone] = None
    acquired_on: RecordDate | None = None
    expires_on: RecordDate | None = None


class WorkerFields(Schema):
    code: OptionalCode = Field(
        default=None, description="Left blank, a random unique code is assigned."
    )
    family_name: PersonName
    given_name: PersonName
    family_kana: PersonKana
    given_kana: PersonKana
    alias_family: OptionalPersonName = None
    alias_given: OptionalPersonName = None
    phones: list[MobilePhone] = Field(default_factory=list, max_length=MAX_PHONES)
    email: OptionalEmail = None
    birth_date: BirthDate
    blood_type: BloodType | None = None
    rh: RhFactor | None = None
    kentaikyo_member_number: OptionalDigits = Field(
        default=None, description="建退共 被共済者番号."
    )
    ccus_worker_id: OptionalCcusId = None
    verification_number: OptionalVerificationNumber = Field(
        default=None, description="本人確認番号."
    )
    employment_type_code: MasterCode
    primary_occupation_id: UUID = Field(description="代表職種.")
    occupation_ids: list[UUID] = Field(default_factory=list, max_length=MAX_FURTHER_OCCUPATIONS)
    position_code: OptionalMasterCode = Field(default=None, description="立場.")
    permission: WorkerPermission | None = None
    qualifications: list[Qualification] = Field(default_factory=list, max_length=30)
    sex: Sex | None = None
    health_check_on: RecordDate | None = None
    blood_pressure_high: int | None = Field(default=None, ge=40, le=300)
    blood_pressure_low: int | None = Field(default=None, ge=20, le=200)
    postal_code: OptionalPostalCode = None
    prefecture_code: PrefectureCode = None
    address: Address = None
    hired_on: RecordDate | None = None
    retired_on: RecordDate | None = None


class WorkerCreate(WorkerFields):
    # Accepted as it stands: a worker needs a mobile phone or an email to be reached.
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "family_name": "川越",
                    "given_name": "十郎",
                    "family_kana": "カワゴエ",
                    "given_kana": "ジュウロウ",
                    "phones": ["09012345678"],
                    "birth_date": "1990-01-20",
                    "employment_type_code": "02",
                    "primary_occupation_id": "0193a4c2-7b1e-7c3d-9f00-1a2b3c4d5e6f",
                    "business_id": "0193a4c2-7b1e-7c3d-9f00-1a2b3c4d5e6f",
                }
            ]
        }
    )

    business_id: UUID = Field(description="The business the worker is registered under.")
