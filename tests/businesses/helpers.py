"""A valid business body for the business endpoint tests."""

from __future__ import annotations

from typing import Any


def asagaya_body(branch_ids: list[str], **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "branch_ids": branch_ids,
        "name": "(株)阿佐ヶ谷鉄筋工業",
        "name_kana": "あさがやてっきんこうぎょう",
        "phone": "０８６-４５６-７８９１",
        "postal_code": "203-0001",
        "prefecture_code": "13",
        "address": "東京都東久留米市上の原2-5-7",
        "fax": "086-456-7892",
        "ccus_business_id": "1986 9311 0568 22",
        "verification_number": "４８２６",
        "kentaikyo_contract_number": "12-345-678",
    }
    body.update(overrides)
    return body
