"""The body of PATCH /businesses/{business_id}."""

from __future__ import annotations

from uuid import UUID

from api.kit.fields import (
    Address,
    Code,
    Kana,
    LandlinePhone,
    LongName,
    OptionalCcusId,
    OptionalDigits,
    OptionalEmail,
    OptionalLongName,
    OptionalName,
    OptionalPhone,
    OptionalPostalCode,
    OptionalVerificationNumber,
    PrefectureCode,
)
from api.kit.updates import PatchSchema, keep
from api.models.business import Business as BusinessRow


class BusinessUpdate(PatchSchema):
    """Fields left out stay as they are; `null` clears an optional field."""

    orm_model = BusinessRow

    branch_ids: list[UUID] = keep(min_length=1, max_length=100)
    code: Code = keep()
    name: LongName = keep()
    name_kana: Kana = keep()
    phone: LandlinePhone = keep()
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
