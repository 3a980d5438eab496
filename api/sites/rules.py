"""Rules a site must satisfy beyond field formats (the seed's 現場登録)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from api.errors import FieldError, field_error

REQUIRED = ("branch_id", "code", "name", "city")
# Columns that may be left out of an update but never cleared.
NOT_NULL = (
    "work_location_memo",
    "structure_mode",
    "is_visible",
    "face_recognition",
    "uses_kentaikyo",
    "uses_legal_welfare",
    "uses_workers_comp",
)
# 建退共 accepts only these characters in a site code.
_KENTAIKYO_CODE = re.compile(r"[A-Za-z0-9_-]+")


@dataclass
class SiteLookups:
    """What the rules need from the database, loaded once per request."""

    assignable_branch_ids: set[UUID]
    prefecture_codes: set[str]
    taken_codes: set[str] = field(default_factory=set)
    taken_ccus_ids: set[str] = field(default_factory=set)


def _required(state: Mapping[str, Any], loc: Sequence[str | int]) -> list[FieldError]:
    missing = [name for name in REQUIRED if not state.get(name)]
    missing += [name for name in NOT_NULL if state.get(name) is None]
    return [field_error([*loc, name], "missing", "Field required") for name in missing]


def _code(
    state: Mapping[str, Any], lookups: SiteLookups, loc: Sequence[str | int]
) -> list[FieldError]:
    code = state.get("code")
    if not code:
        return []
    errors = []
    if code in lookups.taken_codes:
        errors.append(field_error([*loc, "code"], "site.code_taken", "Another site uses this code"))
    if state.get("uses_kentaikyo") and not _KENTAIKYO_CODE.fullmatch(code):
        errors.append(
            field_error(
                [*loc, "code"],
                "site.code_kentaikyo_charset",
                "With 建退共, only half-width letters, digits, - and _",
            )
        )
    return errors


def _work_locations(state: Mapping[str, Any], loc: Sequence[str | int]) -> list[FieldError]:
    names: list[str] = state.get("work_locations") or []
    if names and not state.get("work_location_memo"):
        return [
            field_error(
                [*loc, "work_locations"],
                "site.work_locations_without_memo",
                "Work locations need 作業場所メモ switched on",
            )
        ]
    seen: set[str] = set()
    errors = []
    for index, name in enumerate(names):
        if name in seen:
            errors.append(
                field_error(
                    [*loc, "work_locations", index],
                    "site.work_location_duplicate",
                    "This work location is already listed",
                )
            )
        seen.add(name)
    return errors


def check_site(
    state: Mapping[str, Any], lookups: SiteLookups, *, loc: Sequence[str | int] = ("body",)
) -> list[FieldError]:
    errors = _required(state, loc)
    branch_id = state.get("branch_id")
    if branch_id is not None and branch_id not in lookups.assignable_branch_ids:
        errors.append(field_error([*loc, "branch_id"], "branch.not_found", "No such branch"))
    prefecture = state.get("prefecture_code")
    if prefecture is not None and prefecture not in lookups.prefecture_codes:
        errors.append(
            field_error([*loc, "prefecture_code"], "prefecture.unknown", "Unknown prefecture")
        )
    errors += _code(state, lookups, loc)
    ccus_id = state.get("ccus_site_id")
    if ccus_id is not None and ccus_id in lookups.taken_ccus_ids:
        errors.append(
            field_error(
                [*loc, "ccus_site_id"], "site.ccus_id_taken", "Another site has this CCUS 現場ID"
            )
        )
    start, end = state.get("period_start"), state.get("period_end")
    if start is not None and end is not None and end < start:
        errors.append(
            field_error(
                [*loc, "period_end"], "site.period_order", "The period ends before it starts"
            )
        )
    errors += _work_locations(state, loc)
    return errors
