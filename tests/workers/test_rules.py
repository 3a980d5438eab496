"""A worker's rules beyond field formats, without a database: the lookups are what the API and
the Excel import load once; each case names the one error it must produce."""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID

import pytest

from api.config import Settings
from api.errors import FieldError, field_error
from api.models.master import Occupation
from api.workers.rules import REQUIRED, WorkerLookups, check_worker

BUSINESS = UUID(int=1)
PAINTER, MASON, RETIRED_TRADE, UNKNOWN = UUID(int=11), UUID(int=12), UUID(int=13), UUID(int=14)
TODAY = date(2026, 11, 30)


def _lookups() -> WorkerLookups:
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


def _worker(**changes: Any) -> dict[str, Any]:
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


def _check(settings: Settings, **changes: Any) -> list[FieldError]:
    return check_worker(_worker(**changes), _lookups(), settings)


def test_a_complete_worker_passes(plain_settings: Settings) -> None:
    assert _check(plain_settings) == []
    assert _check(plain_settings, phones=None, email="taro@example.jp") == []
    assert _check(plain_settings, position_code="P1", prefecture_code="13") == []
    assert _check(plain_settings, ccus_worker_id="99999999999999") == []


@pytest.mark.parametrize("name", REQUIRED)
def test_each_required_field_is_named_when_missing(plain_settings: Settings, name: str) -> None:
    assert _check(plain_settings, **{name: ...}) == [
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
    assert _check(plain_settings, **changes) == [field_error(["body", *loc], code, message)]


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
    assert _check(plain_settings, **changes) == []


def test_each_listed_occupation_is_checked_at_its_index(plain_settings: Settings) -> None:
    listed = [MASON, PAINTER, MASON, RETIRED_TRADE, UNKNOWN]
    duplicate = ("occupation.duplicate", "Listed twice or as 代表職種")
    missing = ("occupation.not_found", "No such occupation")
    assert _check(plain_settings, occupation_ids=listed) == [
        field_error(["body", "occupation_ids", index], *error)
        for index, error in [(1, duplicate), (2, duplicate), (3, missing), (4, missing)]
    ]


def test_each_qualification_is_checked_at_its_index(plain_settings: Settings) -> None:
    good = {"acquired_on": date(2020, 1, 1), "expires_on": date(2025, 1, 1)}
    bad = {"acquired_on": date(2020, 1, 1), "expires_on": date(2019, 12, 31)}
    assert _check(plain_settings, qualifications=[good, bad]) == [
        field_error(
            ["body", "qualifications", 1, "expires_on"],
            "qualification.expires_before_acquired",
            "before acquisition",
        )
    ]


def test_a_retired_worker_frees_phones_and_ccus_id_but_not_the_code(
    plain_settings: Settings,
) -> None:
    retired = {
        "hired_on": date(2010, 4, 1),
        "retired_on": date(2020, 3, 31),
        "phones": ["08000000000"],
        "ccus_worker_id": "12345678901234",
    }
    assert _check(plain_settings, **retired) == []
    assert _check(plain_settings, **retired, code="W001") == [
        field_error(["body", "code"], "worker.code_taken", "Another worker uses this code")
    ]


def test_errors_come_in_order_under_the_given_location(plain_settings: Settings) -> None:
    state = _worker(
        given_name=...,
        business_id=UUID(int=2),
        phones=["08000000000", "08000000000"],
        occupation_ids=[PAINTER],
        birth_date=date(2020, 1, 1),
    )
    errors = check_worker(state, _lookups(), plain_settings, loc=("rows", 7))
    assert [(error.loc, error.code) for error in errors] == [
        (["rows", 7, "given_name"], "missing"),
        (["rows", 7, "business_id"], "business.not_found"),
        (["rows", 7, "occupation_ids", 0], "occupation.duplicate"),
        (["rows", 7, "birth_date"], "worker.birth_date_implausible"),
        (["rows", 7, "phones", 1], "worker.phone_duplicate"),
        (["rows", 7, "phones", 0], "worker.phone_taken"),
        (["rows", 7, "phones", 1], "worker.phone_taken"),
    ]
