"""Request bodies built from the OpenAPI document: one the API accepts, with a canary in every
secret field, and refused variants that still carry canaries (to reach the error answers)."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import count
from typing import Any
from uuid import UUID

from tests.fixtures.factories import REBAR
from tests.reliability.secret_fields import Canaries, Kind, secret_kind

NIL = "00000000-0000-0000-0000-000000000000"
_numbers = count(1)


@dataclass
class World:
    """What a valid request needs: ids of a populated tenant and the admin's login."""

    ids: dict[str, UUID]
    email: str
    password: str
    token: str  # the admin's bearer token
    codes: dict[str, str]  # a branch's and a business's code, for import files
    canaries: Canaries = field(default_factory=Canaries)


def _n() -> int:
    return next(_numbers)


# Values the schema cannot express (katakana, phone formats, ids of existing rows), by field name.
VALUES: dict[str, Any] = {
    "username": lambda w: w.email,
    "email": lambda w: f"r5-{_n()}@example.com",
    "new_email": lambda w: f"r5-new-{_n()}@example.com",
    "code": lambda w: f"R5C{_n():04d}",
    "major_code": lambda w: f"Z{_n() % 1000:03d}",
    "minor_code": lambda w: f"Y{_n() % 1000:03d}",
    "name": lambda w: f"秘密{_n()}",
    "name_kana": lambda w: "ヒミツ",
    "family_name": lambda w: "秘",
    "given_name": lambda w: "密",
    "family_kana": lambda w: "ヒ",
    "given_kana": lambda w: "ミツ",
    "representative_name": lambda w: "代表 太郎",
    "phone": lambda w: "0312345678",
    "birth_date": lambda w: "1990-01-01",
    "employment_type_code": lambda w: "02",
    "primary_occupation_id": lambda w: str(REBAR),
    "business_id": lambda w: str(w.ids["free_business_id"]),
    "branch_ids": lambda w: [str(w.ids["branch_id"])],
    "kind": lambda w: "partner",
    "scopes": lambda w: ["registry:read"],
    "city": lambda w: "千代田区",
    "date_from": lambda w: "2026-11-20",
    "date_to": lambda w: "2026-11-20",
    "entry_at": lambda w: "2026-11-21T08:00:00+09:00",
    "exit_at": lambda w: "2026-11-21T17:00:00+09:00",
    "occurred_at": lambda w: "2026-11-22T08:00:00+09:00",
    "entry_time": lambda w: "08:00",
    "exit_time": lambda w: "17:00",
    "event_id": lambda w: f"r5-{_n()}",
    "url": lambda w: "https://partner.example/hooks",
    "event_types": lambda w: ["work_day.created"],
}


def _resolve(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    if "anyOf" in schema:
        options = [option for option in schema["anyOf"] if option.get("type") != "null"]
        return _resolve(
            document, {**options[0], **{k: v for k, v in schema.items() if k != "anyOf"}}
        )
    return schema


def _value(document: dict[str, Any], world: World, name: str, schema: dict[str, Any]) -> Any:
    schema = _resolve(document, schema)
    known = VALUES[name](world) if name in VALUES else None
    if "enum" in schema:
        return known if known in schema["enum"] else schema["enum"][0]
    if known is not None:
        return known
    kind, form = schema.get("type"), schema.get("format")
    if kind == "object":
        return _object(document, world, schema, with_optional=False)
    if kind == "array":
        minimum = schema.get("minItems", 0)
        return [_value(document, world, name, schema["items"]) for _ in range(minimum)]
    if kind == "integer":
        return int(schema.get("minimum", 1))
    if kind == "boolean":
        return False
    if form == "uuid":
        return str(world.ids[name])
    return {"date": "2026-11-21", "date-time": "2026-11-21T08:00:00+09:00", "time": "08:00"}.get(
        form or "", "テスト"
    )


def _object(
    document: dict[str, Any], world: World, schema: dict[str, Any], *, with_optional: bool
) -> dict[str, Any]:
    """Required fields, plus optional ones with a known value (they may be required by a rule)."""
    schema = _resolve(document, schema)
    required = set(schema.get("required", []))
    body = {}
    for name, prop in schema.get("properties", {}).items():
        if name in required or (with_optional and name in VALUES):
            body[name] = _value(document, world, name, prop)
    return body


@dataclass
class Body:
    media: str  # "json" or "form"
    valid: dict[str, Any]
    refused: list[dict[str, Any]]  # each still carries canaries


def request_body(document: dict[str, Any], world: World, operation: dict[str, Any]) -> Body | None:
    content = operation.get("requestBody", {}).get("content", {})
    media = next(
        (m for m in ("application/json", "application/x-www-form-urlencoded") if m in content), None
    )
    if media is None:
        return None
    raw = content[media]["schema"]
    schema_name = raw.get("$ref", "#/inline").rsplit("/", 1)[1]
    schema = _resolve(document, raw)
    # A create also gets the optional fields with a known value (a rule may require them); an
    # update carries its secrets only, so that it changes nothing a later request relies on.
    valid = _object(document, world, schema, with_optional=bool(schema.get("required")))
    secrets: dict[str, Kind] = {}
    for name, prop in schema.get("properties", {}).items():
        kind = secret_kind(schema_name, name, prop)
        if kind is not None:
            secrets[name] = kind
            valid[name] = world.password if kind is Kind.CREDENTIAL else world.canaries.valid(kind)
    refused = []
    for name, kind in secrets.items():
        for wrong in world.canaries.invalid(kind):
            refused.append({**valid, name: wrong})
    others = [name for name in schema.get("properties", {}) if name not in secrets]
    if media == "application/json" and others:
        # Secrets as sent, another field of the wrong type: the schema's error answer.
        refused.append({**valid, others[0]: {"wrong": "type"}})
    elif others:
        refused.append(
            {k: v for k, v in valid.items() if k not in schema.get("required", []) or k in secrets}
        )
    return Body("json" if media == "application/json" else "form", valid, refused)
