"""Inputs for the worker rule tests: the lookups the API and the Excel import load once, and a
valid worker to break one field at a time."""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID

from api.config import Settings
from api.errors import FieldError
from api.models.master import Occupation
from api.workers.rules import WorkerLookups, check_worker

BUSINESS = UUID(int=1)


PAINTER, MASON, RETIRED_TRADE, UNKNOWN = UUID(int=11), UUID(int=12), UUID(int=13), UUID(int=14)


TODAY = date(2026, 11, 30)


def rule_lookups() -> WorkerLookups:
    return WorkerLookups(
        business_ids={BUSINESS},
        employment_type_codes={"1"},
        position_codes={"P1"},
        prefecture_codes={"13"},
        occupations={
            PAINTER: Occupation(is_active=True),
            MASON: Occupation(is_active=True),
            RETIRED_TRADE: Occupation(is_active=False),
        },
        taken_codes={"W001"},
        taken_phones={"08000000000"},
        taken_ccus_ids={"12345678901234"},
        today=TODAY,
    )


def worker_state(**changes: Any) -> dict[str, Any]:
    state: dict[str, Any] = {
        "family_name": "山田",
        "given_name": "太郎",
        "family_kana": "ヤマダ",
        "given_kana": "タロウ",
        "birth_date": date(1990, 5, 20),
        "employment_type_code": "1",
        "primary_occupation_id": PAINTER,
        "business_id": BUSINESS,
        "phones": ["09011112222"],
        "code": "W002",
    }
    state.update(changes)
    return {name: value for name, value in state.items() if value is not ...}


def check_rules(settings: Settings, **changes: Any) -> list[FieldError]:
    return check_worker(worker_state(**changes), rule_lookups(), settings)
