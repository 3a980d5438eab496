"""A worker's rules at their edges, and list entries checked at their index."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from api.config import Settings
from api.errors import field_error
from tests.workers.rule_inputs import MASON, PAINTER, RETIRED_TRADE, UNKNOWN, check_rules


@pytest.mark.parametrize(
    "changes",
    [
        {"birth_date": date(2011, 11, 30)},  # 15 today
        {"birth_date": date(1925, 12, 1)},  # 100 until tomorrow
        {"hired_on": date(1990, 5, 21)},
        {"hired_on": date(2010, 4, 1), "retired_on": date(2010, 4, 1)},
        {"blood_pressure_high": 120, "blood_pressure_low": 119},
        {"blood_pressure_high": 120},
        {"verification_number": "1234"},
        {"verification_number": "12345678"},
        {"qualifications": [{"acquired_on": date(2020, 1, 1), "expires_on": date(2020, 1, 1)}]},
        {"qualifications": [{"acquired_on": None, "expires_on": date(2020, 1, 1)}]},
        {"occupation_ids": [MASON]},
    ],
    ids=[
        "15-today",
        "100-until-tomorrow",
        "hired-the-day-after-birth",
        "retired-the-day-hired",
        "blood-pressure-in-order",
        "one-blood-pressure",
        "verification-4-digits",
        "verification-8-digits",
        "qualification-expires-the-day-acquired",
        "qualification-without-acquisition",
        "another-occupation",
    ],
)
def test_the_edges_of_each_rule_pass(plain_settings: Settings, changes: dict[str, Any]) -> None:
    assert check_rules(plain_settings, **changes) == []


def test_each_listed_occupation_is_checked_at_its_index(plain_settings: Settings) -> None:
    listed = [MASON, PAINTER, MASON, RETIRED_TRADE, UNKNOWN]
    duplicate = ("occupation.duplicate", "Listed twice or as 代表職種")
    missing = ("occupation.not_found", "No such occupation")
    assert check_rules(plain_settings, occupation_ids=listed) == [
        field_error(["body", "occupation_ids", index], *error)
        for index, error in [(1, duplicate), (2, duplicate), (3, missing), (4, missing)]
    ]


def test_each_qualification_is_checked_at_its_index(plain_settings: Settings) -> None:
    good = {"acquired_on": date(2020, 1, 1), "expires_on": date(2025, 1, 1)}
    bad = {"acquired_on": date(2020, 1, 1), "expires_on": date(2019, 12, 31)}
    assert check_rules(plain_settings, qualifications=[good, bad]) == [
        field_error(
            ["body", "qualifications", 1, "expires_on"],
            "qualification.expires_before_acquired",
            "before acquisition",
        )
    ]
