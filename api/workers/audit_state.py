"""What a worker's audit record holds: the fields staff change, with the 本人確認番号 masked."""

from __future__ import annotations

from typing import Any

from api.models.worker import Worker

SECRET = "verification_number"
_AUDITED = (
    "business_id",
    "code",
    "family_name",
    "given_name",
    "family_kana",
    "given_kana",
    "alias_family",
    "alias_given",
    "phones",
    "email",
    "birth_date",
    "blood_type",
    "rh",
    "kentaikyo_member_number",
    "ccus_worker_id",
    "employment_type_code",
    "primary_occupation_id",
    "occupation_ids",
    "position_code",
    "permission",
    "qualifications",
    "sex",
    "health_check_on",
    "blood_pressure_high",
    "blood_pressure_low",
    "postal_code",
    "prefecture_code",
    "address",
    "hired_on",
    "retired_on",
)


def snapshot(worker: Worker, verification_number: str | None) -> dict[str, Any]:
    state: dict[str, Any] = {}
    for field in _AUDITED:
        if field == "phones":
            state[field] = worker.phone_numbers
        elif field == "occupation_ids":
            state[field] = worker.occupation_ids
        else:
            state[field] = getattr(worker, field)
    state[SECRET] = verification_number
    return state
