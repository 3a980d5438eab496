"""Rules a business must satisfy beyond field formats; shared by the API and the Excel import."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from api.config import Settings
from api.errors import FieldError, field_error
from api.kit.verification import check_length

REQUIRED = ("name", "name_kana", "phone")


@dataclass
class BusinessLookups:
    """What the rules need from the database, loaded once for one request or one import."""

    assignable_branch_ids: set[UUID]
    prefecture_codes: set[str]
    taken_codes: set[str] = field(default_factory=set)
    taken_ccus_ids: set[str] = field(default_factory=set)
    own_company_id: UUID | None = None


def check_business(
    state: Mapping[str, Any],
    lookups: BusinessLookups,
    settings: Settings,
    *,
    business_id: UUID | None = None,
    loc: Sequence[str | int] = ("body",),
) -> list[FieldError]:
    errors: list[FieldError] = []
    for name in REQUIRED:
        if not state.get(name):
            errors.append(field_error([*loc, name], "missing", "Field required"))
    branch_ids = state.get("branch_ids") or []
    if not branch_ids:
        errors.append(
            field_error([*loc, "branch_ids"], "business.branch_required", "at least one branch")
        )
    for index, branch_id in enumerate(branch_ids):
        if branch_id not in lookups.assignable_branch_ids:
            errors.append(
                field_error([*loc, "branch_ids", index], "branch.not_found", "No such branch")
            )
    prefecture = state.get("prefecture_code")
    if prefecture is not None and prefecture not in lookups.prefecture_codes:
        errors.append(
            field_error([*loc, "prefecture_code"], "prefecture.unknown", "Unknown prefecture")
        )
    if state.get("code") in lookups.taken_codes:
        errors.append(
            field_error([*loc, "code"], "business.code_taken", "Another business uses this code")
        )
    ccus_id = state.get("ccus_business_id")
    if ccus_id is not None and ccus_id in lookups.taken_ccus_ids:
        errors.append(
            field_error(
                [*loc, "ccus_business_id"],
                "business.ccus_id_taken",
                "Another business has this CCUS ID",
            )
        )
    if ccus_id is None and not state.get("representative_name"):
        errors.append(
            field_error(
                [*loc, "representative_name"],
                "business.representative_required",
                "Required when the business has no CCUS 事業者ID",
            )
        )
    if length_error := check_length(
        state.get("verification_number"), settings, [*loc, "verification_number"]
    ):
        errors.append(length_error)
    if state.get("is_own_company") and lookups.own_company_id not in (None, business_id):
        errors.append(
            field_error(
                [*loc, "is_own_company"],
                "business.own_company_exists",
                "Another business is your own company",
            )
        )
    return errors
