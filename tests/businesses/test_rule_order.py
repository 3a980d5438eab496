"""Only one own company per tenant, and the order and location of a business's errors."""

from __future__ import annotations

from uuid import UUID

import pytest

from api.businesses.rules import check_business
from api.config import Settings
from api.errors import FieldError, field_error
from tests.businesses.rule_inputs import OTHER_BRANCH, OWN, THIS, business_state, rule_lookups

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
    state = business_state(is_own_company=True)
    found = check_business(
        state, rule_lookups(own_company_id), plain_settings, business_id=business_id
    )
    assert found == errors
    assert (
        check_business(business_state(is_own_company=False), rule_lookups(OWN), plain_settings)
        == []
    )


def test_errors_come_in_order_under_the_given_location(plain_settings: Settings) -> None:
    state = business_state(
        phone="",
        branch_ids=[OTHER_BRANCH],
        prefecture_code="99",
        code="B001",
        representative_name=None,
        verification_number="1",
        is_own_company=True,
    )
    errors = check_business(state, rule_lookups(OWN), plain_settings, loc=("rows", 2))
    assert [(error.loc, error.code) for error in errors] == [
        (["rows", 2, "phone"], "missing"),
        (["rows", 2, "branch_ids", 0], "branch.not_found"),
        (["rows", 2, "prefecture_code"], "prefecture.unknown"),
        (["rows", 2, "code"], "business.code_taken"),
        (["rows", 2, "representative_name"], "business.representative_required"),
        (["rows", 2, "verification_number"], "verification_number.length"),
        (["rows", 2, "is_own_company"], "business.own_company_exists"),
    ]
