"""A business's rules beyond field formats, without a database: each case names the one error
it must produce."""

from __future__ import annotations

from typing import Any

import pytest

from api.businesses.rules import REQUIRED
from api.config import Settings
from api.errors import field_error
from tests.businesses.rule_inputs import OTHER_BRANCH, TOKYO_BRANCH, check_rules


def test_a_complete_business_passes(plain_settings: Settings) -> None:
    assert check_rules(plain_settings) == []
    assert check_rules(plain_settings, prefecture_code="27", verification_number="1234") == []
    assert (
        check_rules(plain_settings, ccus_business_id="02139361740172", representative_name=...)
        == []
    )


@pytest.mark.parametrize("name", REQUIRED)
@pytest.mark.parametrize("empty", [..., "", None], ids=["absent", "blank", "null"])
def test_each_required_field_is_named_when_missing(
    plain_settings: Settings, name: str, empty: object
) -> None:
    assert check_rules(plain_settings, **{name: empty}) == [
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
    assert check_rules(plain_settings, **changes) == [field_error(["body", *loc], code, message)]
