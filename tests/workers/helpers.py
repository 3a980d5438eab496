"""A valid worker body for the worker endpoint tests."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from tests.fixtures.factories import (
    REBAR,
    REBAR_WELDING,
)


def kawagoe_body(business_id: UUID, **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "business_id": str(business_id),
        "family_name": "川越",
        "given_name": "十郎",
        "family_kana": "かわごえ",
        "given_kana": "ｼﾞｭｳﾛｳ",
        "phones": ["090-5100-0010"],
        "birth_date": "1990-01-20",
        "employment_type_code": "02",
        "primary_occupation_id": str(REBAR_WELDING),
        "occupation_ids": [str(REBAR)],
        "position_code": "04",
        "ccus_worker_id": "12304567891234",
        "verification_number": "7391",
        "blood_type": "A",
        "rh": "+",
    }
    body.update(overrides)
    return body
