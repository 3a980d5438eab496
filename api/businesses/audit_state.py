"""What a business's audit record holds: the fields staff change, with the 本人確認番号 masked."""

from __future__ import annotations

from typing import Any

from api.models.business import Business

SECRET = "verification_number"
_AUDITED = (
    "code",
    "name",
    "name_kana",
    "branch_ids",
    "phone",
    "email",
    "postal_code",
    "prefecture_code",
    "address",
    "fax",
    "representative_name",
    "office_name",
    "kentaikyo_contract_number",
    "ccus_business_id",
    "is_own_company",
)


def snapshot(business: Business, verification_number: str | None = None) -> dict[str, Any]:
    state = {field: getattr(business, field) for field in _AUDITED}
    state[SECRET] = verification_number
    return state
