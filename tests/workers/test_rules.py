"""A worker's rules beyond field formats, without a database: the lookups are what the API and
the Excel import load once; each case names the one error it must produce."""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID

import pytest

from api.config import Settings
from api.errors import field_error
from api.workers.rules import REQUIRED
from tests.workers.rule_inputs import RETIRED_TRADE, UNKNOWN, check_rules


def test_a_complete_worker_passes(plain_settings: Settings) -> None:
    assert check_rules(plain_settings) == []
    assert check_rules(plain_settings, phones=None, email="taro@example.jp") == []
    assert check_rules(plain_settings, position_code="P1", prefecture_code="13") == []
    assert check_rules(plain_settings, ccus_worker_id="99999999999999") == []


@pytest.mark.parametrize("name", REQUIRED)
def test_each_required_field_is_named_when_missing(plain_settings: Settings, name: str) -> None:
    assert check_rules(plain_settings, **{name: ...}) == [
        field_error(["body", name], "missing", "Field required")
    ]


@pytest.mark.parametrize(
    ("changes", "loc", "code", "message"),
    [
        ({"business_id": UUID(int=2)}, ["business_id"], "business.not_found", "No such business"),
        (
            {"phones": [], "email": None},
            ["phones"],
            "worker.contact_required",
            "Enter a mobile phone or an email",
        ),
        (
            {"employment_type_code": "9"},
            ["employment_type_code"],
            "master.unknown_code",
            "Unknown code",
        ),
        ({"position_code": "P9"}, ["position_code"], "master.unknown_code", "Unknown code"),
        ({"prefecture_code": "99"}, ["prefecture_code"], "master.unknown_code", "Unknown code"),
        (
            {"verification_number": "123"},
            ["verification_number"],
            "verification_number.length",
            "must be 4–8 digits",
        ),
        (
            {"verification_number": "123456789"},
            ["verification_number"],
            "verification_number.length",
            "must be 4–8 digits",
        ),
        (
            {"primary_occupation_id": UNKNOWN},
            ["primary_occupation_id"],
            "occupation.not_found",
            "No such occupation",
        ),
        (
            {"primary_occupation_id": RETIRED_TRADE},
            ["primary_occupation_id"],
            "occupation.not_found",
            "No such occupation",
        ),
        (
            {"birth_date": date(2011, 12, 1)},
            ["birth_date"],
            "worker.birth_date_implausible",
            "age must be 15–100",
        ),
        (
            {"birth_date": date(1925, 11, 30)},
            ["birth_date"],
            "worker.birth_date_implausible",
            "age must be 15–100",
        ),
        (
            {"hired_on": date(1990, 5, 20)},
            ["hired_on"],
            "worker.hired_before_birth",
            "before the birth date",
        ),
        (
            {"hired_on": date(2010, 4, 1), "retired_on": date(2010, 3, 31)},
            ["retired_on"],
            "worker.retired_before_hired",
            "before the hire date",
        ),
        (
            {"blood_pressure_high": 120, "blood_pressure_low": 120},
            ["blood_pressure_low"],
            "worker.blood_pressure_order",
            "must be below 血圧・上",
        ),
        (
            {"phones": ["09011112222", "09011112222"]},
            ["phones", 1],
            "worker.phone_duplicate",
            "Entered twice",
        ),
        ({"code": "W001"}, ["code"], "worker.code_taken", "Another worker uses this code"),
        (
            {"phones": ["09011112222", "08000000000"]},
            ["phones", 1],
            "worker.phone_taken",
            "An active worker has this phone number",
        ),
        (
            {"ccus_worker_id": "12345678901234"},
            ["ccus_worker_id"],
            "worker.ccus_id_taken",
            "An active worker has this CCUS ID",
        ),
    ],
    ids=[
        "unknown-business",
        "no-contact",
        "unknown-employment-type",
        "unknown-position",
        "unknown-prefecture",
        "verification-too-short",
        "verification-too-long",
        "unknown-primary-occupation",
        "inactive-primary-occupation",
        "younger-than-15",
        "older-than-100",
        "hired-on-the-birth-day",
        "retired-before-hired",
        "blood-pressure-equal",
        "phone-entered-twice",
        "code-taken",
        "phone-taken",
        "ccus-id-taken",
    ],
)
def test_one_broken_rule_gives_one_error_on_its_field(
    plain_settings: Settings, changes: dict[str, Any], loc: list[str | int], code: str, message: str
) -> None:
    assert check_rules(plain_settings, **changes) == [field_error(["body", *loc], code, message)]
