"""What a new business is registered with."""

from __future__ import annotations

from uuid import UUID

from pydantic import ConfigDict, Field

from api.kit.fields import (
    Address,
    Kana,
    LandlinePhone,
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
    PrefectureCode,
)
from api.kit.schemas import Schema


class BusinessCreate(Schema):
    # The contract's example must be one the API accepts: without a CCUS 事業者ID, a business
    # needs its representative (a rule across fields the schema alone cannot state).
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "branch_ids": ["0193a4c2-7b1e-7c3d-9f00-1a2b3c4d5e6f"],
                    "name": "川越建設株式会社",
                    "name_kana": "カワゴエケンセツ",
                    "phone": "0312345678",
                    "representative_name": "川越 一郎",
                }
            ]
        }
    )

    branch_ids: list[UUID] = Field(
        min_length=1, max_length=100, description="所属支店 (one or more)."
    )
    code: OptionalCode = Field(
        default=None, description="Left blank, a random unique code is assigned."
    )
    name: LongName
    name_kana: Kana
    phone: LandlinePhone = Field(
        description="代表電話番号; hyphens and full-width digits are accepted."
    )
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
