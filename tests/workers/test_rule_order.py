"""What a retired worker frees, and the order and location of a worker's errors."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from api.config import Settings
from api.errors import field_error
from api.workers.rules import check_worker
from tests.workers.rule_inputs import PAINTER, check_rules, rule_lookups, worker_state


def test_a_retired_worker_frees_phones_and_ccus_id_but_not_the_code(
    plain_settings: Settings,
) -> None:
    retired = {
        "hired_on": date(2010, 4, 1),
        "retired_on": date(2020, 3, 31),
        "phones": ["08000000000"],
        "ccus_worker_id": "12345678901234",
    }
    assert check_rules(plain_settings, **retired) == []
    assert check_rules(plain_settings, **retired, code="W001") == [
        field_error(["body", "code"], "worker.code_taken", "Another worker uses this code")
    ]


def test_errors_come_in_order_under_the_given_location(plain_settings: Settings) -> None:
    state = worker_state(
        given_name=...,
        business_id=UUID(int=2),
        phones=["08000000000", "08000000000"],
        occupation_ids=[PAINTER],
        birth_date=date(2020, 1, 1),
    )
    errors = check_worker(state, rule_lookups(), plain_settings, loc=("rows", 7))
    assert [(error.loc, error.code) for error in errors] == [
        (["rows", 7, "given_name"], "missing"),
        (["rows", 7, "business_id"], "business.not_found"),
        (["rows", 7, "occupation_ids", 0], "occupation.duplicate"),
        (["rows", 7, "birth_date"], "worker.birth_date_implausible"),
        (["rows", 7, "phones", 1], "worker.phone_duplicate"),
        (["rows", 7, "phones", 0], "worker.phone_taken"),
        (["rows", 7, "phones", 1], "worker.phone_taken"),
    ]
