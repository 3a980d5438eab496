"""Rules a worker must satisfy beyond field formats; shared by the API and the Excel import."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from uuid import UUID

from api.config import Settings
from api.errors import FieldError, field_error
from api.kit.verification import check_length
from api.models.master import Occupation

REQUIRED = (
    "family_name",
    "given_name",
    "family_kana",
    "given_kana",
    "birth_date",
    "employment_type_code",
    "primary_occupation_id",
)
MIN_AGE, MAX_AGE = 15, 100


@dataclass
class WorkerLookups:
    """What the rules need from the database, loaded once for one request or one import."""

    business_ids: set[UUID]
    employment_type_codes: set[str]
    position_codes: set[str]
    prefecture_codes: set[str]
    occupations: dict[UUID, Occupation]
    taken_codes: set[str] = field(default_factory=set)
    taken_phones: set[str] = field(default_factory=set)
    taken_ccus_ids: set[str] = field(default_factory=set)
    today: date = field(default_factory=date.today)


def _age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def _check_occupations(
    state: Mapping[str, Any], lookups: WorkerLookups, loc: Sequence[str | int]
) -> list[FieldError]:
    errors: list[FieldError] = []

    def usable(occupation_id: UUID) -> bool:
        occupation = lookups.occupations.get(occupation_id)
        return occupation is not None and occupation.is_active

    primary = state.get("primary_occupation_id")
    if primary is not None and not usable(primary):
        errors.append(
            field_error(
                [*loc, "primary_occupation_id"], "occupation.not_found", "No such occupation"
            )
        )
    seen = {primary}
    for index, occupation_id in enumerate(state.get("occupation_ids") or []):
        if not usable(occupation_id):
            errors.append(
                field_error(
                    [*loc, "occupation_ids", index], "occupation.not_found", "No such occupation"
                )
            )
        elif occupation_id in seen:
            errors.append(
                field_error(
                    [*loc, "occupation_ids", index],
                    "occupation.duplicate",
                    "Listed twice or as 代表職種",
                )
            )
        seen.add(occupation_id)
    return errors


def _check_dates(
    state: Mapping[str, Any], lookups: WorkerLookups, loc: Sequence[str | int]
) -> list[FieldError]:
    errors: list[FieldError] = []
    birth: date | None = state.get("birth_date")
    if birth is not None and not MIN_AGE <= _age_on(birth, lookups.today) <= MAX_AGE:
        errors.append(
            field_error(
                [*loc, "birth_date"],
                "worker.birth_date_implausible",
                f"age must be {MIN_AGE}–{MAX_AGE}",
            )
        )
    hired, retired = state.get("hired_on"), state.get("retired_on")
    if birth is not None and hired is not None and hired <= birth:
        errors.append(
            field_error([*loc, "hired_on"], "worker.hired_before_birth", "before the birth date")
        )
    if hired is not None and retired is not None and retired < hired:
        errors.append(
            field_error([*loc, "retired_on"], "worker.retired_before_hired", "before the hire date")
        )
    high, low = state.get("blood_pressure_high"), state.get("blood_pressure_low")
    if high is not None and low is not None and low >= high:
        errors.append(
            field_error(
                [*loc, "blood_pressure_low"],
                "worker.blood_pressure_order",
                "must be below 血圧・上",
            )
        )
    for index, qualification in enumerate(state.get("qualifications") or []):
        acquired, expires = qualification.get("acquired_on"), qualification.get("expires_on")
        if acquired is not None and expires is not None and expires < acquired:
            errors.append(
                field_error(
                    [*loc, "qualifications", index, "expires_on"],
                    "qualification.expires_before_acquired",
                    "before acquisition",
                )
            )
    return errors


def _check_uniqueness(
    state: Mapping[str, Any], lookups: WorkerLookups, loc: Sequence[str | int]
) -> list[FieldError]:
    errors: list[FieldError] = []
    phones: list[str] = state.get("phones") or []
    for index, phone in enumerate(phones):
        if phone in phones[:index]:
            errors.append(
                field_error([*loc, "phones", index], "worker.phone_duplicate", "Entered twice")
            )
    if state.get("code") in lookups.taken_codes:
        errors.append(
            field_error([*loc, "code"], "worker.code_taken", "Another worker uses this code")
        )
    if state.get("retired_on") is not None:
        # A retired worker's phones and CCUS ID are free for a new registration.
        return errors
    for index, phone in enumerate(phones):
        if phone in lookups.taken_phones:
            errors.append(
                field_error(
                    [*loc, "phones", index],
                    "worker.phone_taken",
                    "An active worker has this phone number",
                )
            )
    ccus_id = state.get("ccus_worker_id")
    if ccus_id is not None and ccus_id in lookups.taken_ccus_ids:
        errors.append(
            field_error(
                [*loc, "ccus_worker_id"],
                "worker.ccus_id_taken",
                "An active worker has this CCUS ID",
            )
        )
    return errors


def check_worker(
    state: Mapping[str, Any],
    lookups: WorkerLookups,
    settings: Settings,
    *,
    loc: Sequence[str | int] = ("body",),
) -> list[FieldError]:
    errors = [
        field_error([*loc, name], "missing", "Field required")
        for name in REQUIRED
        if state.get(name) is None
    ]
    if state.get("business_id") not in lookups.business_ids:
        errors.append(field_error([*loc, "business_id"], "business.not_found", "No such business"))
    if not state.get("phones") and not state.get("email"):
        errors.append(
            field_error(
                [*loc, "phones"], "worker.contact_required", "Enter a mobile phone or an email"
            )
        )
    for name, known in (
        ("employment_type_code", lookups.employment_type_codes),
        ("position_code", lookups.position_codes),
        ("prefecture_code", lookups.prefecture_codes),
    ):
        value = state.get(name)
        if value is not None and value not in known:
            errors.append(field_error([*loc, name], "master.unknown_code", "Unknown code"))
    if length_error := check_length(
        state.get("verification_number"), settings, [*loc, "verification_number"]
    ):
        errors.append(length_error)
    return [
        *errors,
        *_check_occupations(state, lookups, loc),
        *_check_dates(state, lookups, loc),
        *_check_uniqueness(state, lookups, loc),
    ]
