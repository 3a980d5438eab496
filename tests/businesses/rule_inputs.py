"""Inputs for the business rule tests: the lookups and a valid business to break one field at
a time."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from api.businesses.rules import BusinessLookups, check_business
from api.config import Settings
from api.errors import FieldError

TOKYO_BRANCH, OSAKA_BRANCH, OTHER_BRANCH = UUID(int=1), UUID(int=2), UUID(int=3)


OWN, THIS = UUID(int=10), UUID(int=11)


def rule_lookups(own_company_id: UUID | None = None) -> BusinessLookups:
    return BusinessLookups(
        assignable_branch_ids={TOKYO_BRANCH, OSAKA_BRANCH},
        prefecture_codes={"13", "27"},
        taken_codes={"B001"},
        taken_ccus_ids={"19869311056822"},
        own_company_id=own_company_id,
    )


def business_state(**changes: Any) -> dict[str, Any]:
    state: dict[str, Any] = {
        "name": "岡田工業",
        "name_kana": "オカダコウギョウ",
        "phone": "0312345678",
        "branch_ids": [TOKYO_BRANCH],
        "representative_name": "岡田一郎",
        "code": "B002",
    }
    state.update(changes)
    return {name: value for name, value in state.items() if value is not ...}


def check_rules(settings: Settings, **changes: Any) -> list[FieldError]:
    return check_business(business_state(**changes), rule_lookups(), settings)
