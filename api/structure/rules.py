"""The shape of a site structure: each business's upper business sits exactly one tier above."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from api.errors import FieldError, field_error

INSURANCE_KINDS = ("health", "pension", "employment", "kentaikyo")


@dataclass(frozen=True)
class Placement:
    business_id: UUID
    tier: int
    upper_business_id: UUID | None


def check_placement(
    placement: Placement,
    others: Mapping[UUID, Placement],
    *,
    own_company_id: UUID | None,
    loc: Sequence[str | int] = ("body",),
) -> list[FieldError]:
    """`others`: the rest of the site's structure, by business."""
    errors: list[FieldError] = []
    upper_id = placement.upper_business_id
    if placement.tier == 1:
        # Tier 1 works directly under the 元請: no upper, or the tenant's own company.
        if upper_id is not None and upper_id != own_company_id:
            errors.append(
                field_error(
                    [*loc, "upper_business_id"],
                    "structure.tier1_upper",
                    "A tier-1 business has no upper business",
                )
            )
    else:
        upper = others.get(upper_id) if upper_id else None
        if upper_id is None:
            errors.append(
                field_error(
                    [*loc, "upper_business_id"],
                    "structure.upper_required",
                    "Name the upper business",
                )
            )
        elif upper is None:
            errors.append(
                field_error(
                    [*loc, "upper_business_id"],
                    "structure.upper_not_on_site",
                    "The upper business is not on this site",
                )
            )
        elif upper.tier != placement.tier - 1:
            errors.append(
                field_error(
                    [*loc, "tier"],
                    "structure.upper_tier_mismatch",
                    f"The upper business is at tier {upper.tier}",
                )
            )
    for lower in others.values():
        if lower.upper_business_id == placement.business_id and lower.tier != placement.tier + 1:
            errors.append(
                field_error(
                    [*loc, "tier"],
                    "structure.lower_tier_mismatch",
                    "Businesses under this one would no longer sit one tier below",
                )
            )
            break
    return errors


def check_insurance(
    insurance: Mapping[str, Any], known: set[tuple[str, str]], loc: Sequence[str | int]
) -> list[FieldError]:
    return [
        field_error([*loc, "insurance", kind], "master.unknown_code", "Unknown insurance value")
        for kind in INSURANCE_KINDS
        if insurance.get(kind) is not None and (kind, insurance[kind]) not in known
    ]
