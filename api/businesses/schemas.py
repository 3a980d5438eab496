from __future__ import annotations

from uuid import UUID

from pydantic import Field

from api.kit.fields import (
    Address,
    Code,
    Kana,
    LongName,
    OptionalCcusId,
    OptionalCode,
    OptionalDigits,
    OptionalEmail,
    OptionalLongName,
    OptionalName,
    OptionalPhone,
    OptionalPostalCode,
    OptionalVerificationNumber,
    Phone,
    PrefectureCode,
)
from api.kit.schemas import CcusLink, Schema, TimestampedSchema
from api.kit.updates import PatchSchema, keep
from api.models.business import Business as BusinessRow


class Business(TimestampedSchema, CcusLink):
    code: str
    name: str
    name_kana: str
    branch_ids: list[UUID]
    phone: str
    email: str | None
    postal_code: str | None
    prefecture_code: str | None
    address: str | None
    fax: str | None
    representative_name: str | None
    office_name: str | None
    kentaikyo_contract_number: str | None
    ccus_business_id: str | None
    verification_number: str | None = Field(
        description="Always masked (****) when set; reveal it with its own audited operation."
    )
    is_own_company: bool


class BusinessCreate(Schema):
    branch_ids: list[UUID] = Field(
        min_length=1, max_length=100, description="所属支店 (one or more)."
    )
    code: OptionalCode = Field(
        default=None, description="Left blank, a random unique code is assigned."
    )
    name: LongName
    name_kana: Kana
    phone: Phone = Field(description="代表電話番号; hyphens and full-width digits are accepted.")
    email: OptionalEmail = None
    postal_code: OptionalPostalCode = None
    prefecture_code: PrefectureCode = None
    address: Address = None
    fax: OptionalPhone = None
    representative_name: OptionalName = Field(
        default=None, description="Required when the business has no CCUS 事業者ID."
    )
    office_name: OptionalLongName = None
    kentaikyo_contract_number: OptionalDigits = Field(
        default=None, description="建退共 共済契約者番号."
    )
    ccus_business_id: OptionalCcusId = None
    verification_number: OptionalVerificationNumber = Field(
        default=None, description="本人確認番号."
    )
    is_own_company: bool = False


class BusinessUpdate(PatchSchema):
    """Fields left out stay as they are; `null` clears an optional field."""

    orm_model = BusinessRow

    branch_ids: list[UUID] = keep(min_length=1, max_length=100)
    code: Code = keep()
    name: LongName = keep()
    name_kana: Kana = keep()
    phone: Phone = keep()
    email: OptionalEmail = None
    postal_code: OptionalPostalCode = None
    prefecture_code: PrefectureCode = None
    address: Address = None
    fax: OptionalPhone = None
    representative_name: OptionalName = None
    office_name: OptionalLongName = None
    kentaikyo_contract_number: OptionalDigits = None
    ccus_business_id: OptionalCcusId = None
    verification_number: OptionalVerificationNumber = None
    is_own_company: bool = keep()


class RevealedVerificationNumber(Schema):
    verification_number: str | None
