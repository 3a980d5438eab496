"""A business as the API answers it, and a revealed 本人確認番号."""

from __future__ import annotations

from uuid import UUID

from pydantic import Field

from api.kit.schemas import CcusLink, CcusRecheck, TimestampedSchema
from api.kit.verification import masked
from api.models.business import Business as BusinessRow


class Business(TimestampedSchema, CcusLink, CcusRecheck):
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


def business_schema(row: BusinessRow) -> Business:
    return Business.model_validate(
        {
            **{
                field: getattr(row, field) for field in Business.model_fields if hasattr(row, field)
            },
            "verification_number": masked(row.verification_number_encrypted),
        }
    )
