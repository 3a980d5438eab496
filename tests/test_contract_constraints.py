"""Every value a client sends is bounded in the contract: each free-text or code string has its
pattern (the server's own: ASCII digits, no control or bidi characters) and its length, each
number its range, each list its size, each date and instant its pattern. A field added without
them fails here until it gets them or a reasoned place on the allow-list."""

from __future__ import annotations

import json
import re
from typing import Any

from api.openapi import current_document

# Where a missing constraint is intended, and why.
ALLOWED = {
    # OAuth2 password form: the password is compared with its hash, never stored or shown.
    "POST /api/v1/auth/token body.password": "a secret: any character, only hashed",
    # Passwords: any character is allowed on purpose; they are only hashed, never displayed.
    "POST /api/v1/me/password body.current_password": "a secret: any character, only hashed",
    "POST /api/v1/me/password body.new_password": "a secret: any character, only hashed",
    "POST /api/v1/users body.password": "a secret: any character, only hashed",
    "PATCH /api/v1/users/{user_id} body.password": "a secret: any character, only hashed",
    "POST /api/v1/auth/invitations/accept body.password": "a secret: any character, only hashed",
    "POST /api/v1/auth/password-reset/confirm body.password": "a secret: any character, hashed",
    "POST /api/v1/me/email body.current_password": "a secret: any character, only compared",
    # The uploaded workbook: bytes, bounded by the upload size limit, checked by the reader.
    "POST /api/v1/imports body.file": "a file, not text",
}

_CLASSES = re.compile(r"\[(?:\\.|[^\]\\])*\]")


def _unbounded(pattern: str) -> bool:
    """Whether a pattern allows any length (a `*`, `+` or `{n,}` outside character classes)."""
    bare = _CLASSES.sub("", pattern.replace("\\\\", ""))
    bare = re.sub(r"\\.", "", bare)
    return bool(re.search(r"[*+]|\{\d+,\}", bare))


def _gaps(document: dict[str, Any]) -> dict[str, str]:
    components = document["components"]["schemas"]
    gaps: dict[str, str] = {}

    def resolve(schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            schema = components[schema["$ref"].rsplit("/", 1)[-1]]
        return schema

    def walk(schema: dict[str, Any], where: str) -> None:
        schema = resolve(schema)
        for key in ("anyOf", "oneOf", "allOf"):
            for branch in schema.get(key, []):
                walk(branch, where)
        kind = schema.get("type")
        if kind == "object":
            for name, prop in schema.get("properties", {}).items():
                walk(prop, f"{where}.{name}")
        elif kind == "array":
            if "maxItems" not in schema:
                gaps[where] = "a list without maxItems"
            walk(schema.get("items", {}), where)
        elif kind == "string" and "enum" not in schema and "const" not in schema:
            pattern = schema.get("pattern")
            if schema.get("format") in ("uuid", "binary"):
                return
            if pattern is None and schema.get("format") != "email":
                gaps[where] = "a string without pattern"
            elif "maxLength" not in schema and (pattern is None or _unbounded(pattern)):
                gaps[where] = "a string without maxLength"
        elif kind in ("integer", "number") and not {"minimum", "maximum"} <= set(schema):
            gaps[where] = "a number without minimum and maximum"

    for path, item in document["paths"].items():
        for method, operation in item.items():
            for parameter in operation.get("parameters", []):
                walk(parameter["schema"], f"{method.upper()} {path} query:{parameter['name']}")
            for media in operation.get("requestBody", {}).get("content", {}).values():
                walk(media["schema"], f"{method.upper()} {path} body")
    return gaps


def test_every_input_field_declares_its_bounds() -> None:
    gaps = _gaps(json.loads(current_document()))
    missing = {where: why for where, why in gaps.items() if where not in ALLOWED}
    assert not missing, json.dumps(missing, indent=1, ensure_ascii=False)
    assert not set(ALLOWED) - set(gaps), "allow-listed fields that are now bounded: drop them"


def test_the_walk_sees_what_it_must() -> None:
    """The walk itself: an unbounded field of each kind is found."""
    document = {
        "components": {"schemas": {"B": {"type": "object", "properties": {"n": {"type": "integer"}}}}},
        "paths": {
            "/x": {
                "post": {
                    "parameters": [{"name": "q", "in": "query", "schema": {"type": "string"}}],
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "b": {"$ref": "#/components/schemas/B"},
                                        "t": {"type": "string", "pattern": "^[^\\x00]*$"},
                                        "l": {"type": "array", "items": {"type": "string", "maxLength": 3, "pattern": "^a$"}},
                                        "d": {"type": "string", "pattern": "^[0-9]{4}$"},
                                    },
                                }
                            }
                        }
                    },
                }
            }
        },
    }  # fmt: skip
    assert _gaps(document) == {
        "POST /x query:q": "a string without pattern",
        "POST /x body.b.n": "a number without minimum and maximum",
        "POST /x body.t": "a string without maxLength",
        "POST /x body.l": "a list without maxItems",
    }


def test_digits_are_ascii_and_text_refuses_controls_in_the_contract() -> None:
    """No pattern in the contract uses `\\d` (it matches Arabic-Indic digits too)."""
    text = current_document()
    patterns = re.findall(r'"pattern": "((?:[^"\\]|\\.)*)"', text)
    assert patterns
    assert not [pattern for pattern in patterns if "\\\\d" in pattern]
