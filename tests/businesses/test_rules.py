"""A business's rules beyond field formats, without a database: each case names the one error
it must produce."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import pytest

from api.businesses.rules import REQUIRED, BusinessLookups, check_business
from api.config import Settings
from api.errors import FieldError, field_error

TOKYO_BRANCH, OSAKA_BRANCH, OTHER_BRANCH = UUID(int=1), UUID(int=2), UUID(int=3)
OWN, THIS = UUID(int=10), UUID(int=11)


def _lookups(own_company_id: UUID | None = None) -> BusinessLookups:
    return BusinessLookups(
        assignable_branch_ids={TOKYO_BRANCH, OSAKA_BRANCH},
        prefecture_codes={"13", "27"},
        taken_codes={"B001"},
        taken_ccus_ids={"19869311056822"},
        own_company_id=own_company_id,
    )


def _business(**changes: Any) -> dict[str, Any]:
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


def _check(settings: Settings, **changes: Any) -> list[FieldError]:
    return check_business(_business(**changes), _lookups(), settings)


def test_a_complete_business_passes(plain_settings: Settings) -> None:
    assert _check(plain_settings) == []
    assert _check(plain_settings, prefecture_code="27", verification_number="1234") == []
    assert _check(plain_settings, ccus_business_id="02139361740172", representative_name=...) == []


@pytest.mark.parametrize("name", REQUIRED)
@pytest.mark.parametrize("empty", [..., "", None], ids=["absent", "blank", "null"])
def test_each_required_field_is_named_when_missing(
    plain_settings: Settings, name: str, empty: object
) -> None:
    assert _check(plain_settings, **{name: empty}) == [
        field_error(["body", name], "missing", "Field required")
    ]


@pytest.mark.parametrize(
    ("changes", "loc", "code", "message"),
    [
        ({"branch_ids": []}, ["branch_ids"], "business.branch_required", "at least one branch"),
        ({"branch_ids": ...}, ["branch_ids"], "business.branch_required", "at least one branch"),
        (
            {"branch_ids": [TOKYO_BRANCH, OTHER_BRANCH]},
            ["branch_ids", 1],
            "branch.not_found",
            "No such branch",
        ),
        (
            {"prefecture_code": "99"},
            ["prefecture_code"],
            "prefecture.unknown",
            "Unknown prefecture",
        ),
        ({"code": "B001"}, ["code"], "business.code_taken", "Another business uses this code"),
        (
            {"ccus_business_id": "19869311056822"},
            ["ccus_business_id"],
            "business.ccus_id_taken",
            "Another business has this CCUS ID",
        ),
        (
            {"representative_name": ""},
            ["representative_name"],
            "business.representative_required",
            "Required when the business has no CCUS 事業者ID",
        ),
        (
            {"verification_number": "123"},
            ["verification_number"],
            "verification_number.length",
            "must be 4–8 digits",
        ),
    ],
    ids=[
        "no-branch",
        "branches-absent",
        "unknown-branch",
        "unknown-prefecture",
        "code-taken",
        "ccus-id-taken",
        "no-representative-nor-ccus-id",
        "verification-too-short",
    ],
)
def test_one_broken_rule_gives_one_error_on_its_field(
    plain_settings: Settings, changes: dict[str, Any], loc: list[str | int], code: str, message: str
) -> None:
    assert _check(plain_settings, **changes) == [field_error(["body", *loc], code, message)]


OWN_COMPANY_TAKEN = field_error(
    ["body", "is_own_company"],
    "business.own_company_exists",
    "Another business is your own company",
)


@pytest.mark.parametrize(
    ("own_company_id", "business_id", "errors"),
    [
        (None, None, []),
        (None, THIS, []),
        (THIS, THIS, []),
        (OWN, None, [OWN_COMPANY_TAKEN]),
        (OWN, THIS, [OWN_COMPANY_TAKEN]),
    ],
    ids=["none-yet-new", "none-yet-update", "it-is-this-one", "another-new", "another-update"],
)
def test_only_one_business_is_the_own_company(
    plain_settings: Settings,
    own_company_id: UUID | None,
    business_id: UUID | None,
    errors: list[FieldError],
) -> None:
    state = _business(is_own_company=True)
    found = check_business(state, _lookups(own_company_id), plain_settings, business_id=business_id)
    assert found == errors
    assert check_business(_business(is_own_company=False), _lookups(OWN), plain_settings) == []


def test_errors_come_in_order_under_the_given_location(plain_settings: Settings) -> None:
    state = _business(
        phone="",
        branch_ids=[OTHER_BRANCH],
        prefecture_code="99",
        code="B001",
        representative_name=None,
        verification_number="1",
        is_own_company=True,
    )
    errors = check_business(state, _lookups(OWN), plain_settings, loc=("rows", 2))
    assert [(error.loc, error.code) for error in errors] == [
        (["rows", 2, "phone"], "missing"),
        (["rows", 2, "branch_ids", 0], "branch.not_found"),
        (["rows", 2, "prefecture_code"], "prefecture.unknown"),
        (["rows", 2, "code"], "business.code_taken"),
        (["rows", 2, "representative_name"], "business.representative_required"),
        (["rows", 2, "verification_number"], "verification_number.length"),
        (["rows", 2, "is_own_company"], "business.own_company_exists"),
    ]
