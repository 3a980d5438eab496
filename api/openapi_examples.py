"""Examples for the contract, in one place: every operation's request (body, or its parameters)
and every response get an `example` synthesised from its schema. A field's value comes from, in
order: the schema's own `examples`/`const`/`default`/`enum`, a value for its pattern, its format,
its name (below), then its type within its bounds. Problem answers name their first code. tests/test_openapi_examples.py checks that
every operation has them and that each validates against its schema."""

from __future__ import annotations

import re
from typing import Any

from api.errors import problem_type

Schema = dict[str, Any]

# A value for each pattern the contract uses (a pattern cannot be sampled honestly otherwise).
BY_PATTERN: dict[str, Any] = {
    r"^20[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$": "2026-11-24",
    r"^(19|20)[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$": "1990-01-20",
    r"^20[0-9]{2}-(0[1-9]|1[0-2])$": "2026-11",
    r"^[0-9]{14}$": "12345678901234",
    r"^[0-9]{1,14}$": "1234567890",
    r"^password$": "password",
    r"^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]{1,6})?)?$": "08:00",
    r"^0[0-9]{9,10}$": "0312345678",
    r"^0[0-9]{10}$": "09012345678",
    r"^[0-9]{7}$": "1000003",
    r"^[0-9]{1,20}$": "123456",
    r"^[0-9]{1,16}$": "1234",
    r"^[0-9A-Za-z]+$": "10",
    r"^0(?:[0-9]{9}|[0-6][0-9]{9}|[789][1-9][0-9]{8}|800[0-9]{7})$": "0312345678",
    r"^[A-Za-z0-9_-]+$": "k3Jx9v-Qe_2mT8wLr5nYb0Hc7dZs1",
    r"^[a-z0-9][a-z0-9-]*$": "yamada-kensetsu",
}
_DATE_TIME_PATTERN = re.compile(r"^\^20\[0-9\]\{2\}-.*T")
INSTANT = "2026-11-24T08:00:00+09:00"

# Readable values by field name, where the type alone would say little.
BY_NAME: dict[str, Any] = {
    "name": "竹橋AZビル 改修工事",
    "name_kana": "タケバシエーゼットビル",
    "family_name": "川越",
    "given_name": "十郎",
    "family_kana": "カワゴエ",
    "given_kana": "ジュウロウ",
    "city_kana": "チヨダク",
    "city": "千代田区",
    "address": "一ツ橋1-1-1",
    "representative_name": "代表 太郎",
    "email": "admin@genba-demo.jp",
    "username": "admin@genba-demo.jp",
    "password": "genba-demo-2026",
    "new_password": "a-longer-new-passphrase",
    "current_password": "genba-demo-2026",
    "code": "S0001",
    "event_id": "gate-1-000123",
    "url": "https://partner.example/genba/hooks",
    "description": "勤怠連携",
    "kind": "entry",
    "prefecture_code": "13",
    "employment_type_code": "02",
    "position_code": "1",
    "error_code": "DATK0408E",
    "message": "技能者IDが存在しません",
    "title": "Invalid input",
    "detail": "The request has invalid fields; see errors.",
    "type": "urn:genba:problem:request.validation",
    "request_id": "2f11730bc08c4d94b6bb5341c0770e87",
    "work_location": "3階",
    "file_name": "workers.xlsx",
    "secret": "whsec_3q2-7wQ8yX1bV4nZ0c5dK9fH6jL2mP8rT4uW1xY7zA0",
    "key": "gk_a1b2c3d4_5f8e2c7d9b1a4e6f3c0d8b2a7e5f1c9d",
    "Genba-Signature": "t=1764547200,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd",
    "Genba-Event-Id": "0193a4c2-7b1e-7c3d-9f00-1a2b3c4d5e6f",
}
UUID_EXAMPLE = "0193a4c2-7b1e-7c3d-9f00-1a2b3c4d5e6f"
_BY_FORMAT = {
    "uuid": UUID_EXAMPLE,
    "date": "2026-11-24",
    "date-time": INSTANT,
    "email": "admin@genba-demo.jp",
    "password": "genba-demo-2026",
    "binary": "(file contents)",
    "uri": "https://partner.example/genba/hooks",
}


class Synthesiser:
    def __init__(self, document: Schema, *, request: bool = False) -> None:
        self.components: dict[str, Schema] = document.get("components", {}).get("schemas", {})
        # A request shows its required fields only: optional ones may exclude each other (a
        # rule across fields no schema states), and the API must accept every example.
        self.request = request

    def resolve(self, schema: Schema) -> Schema:
        while "$ref" in schema:
            schema = self.components[schema["$ref"].rsplit("/", 1)[1]]
        return schema

    def example(self, schema: Schema, name: str | None = None, depth: int = 0) -> Any:
        schema = self.resolve(schema)
        for key in ("examples",):
            if schema.get(key):
                return schema[key][0]
        for key in ("const", "default"):
            if key in schema and schema[key] is not None:
                return schema[key]
        if schema.get("enum"):
            return schema["enum"][0]
        for combinator in ("anyOf", "oneOf"):
            if combinator in schema:
                options = [o for o in schema[combinator] if o.get("type") != "null"]
                return self.example(options[0], name, depth) if options else None
        if "allOf" in schema:
            merged: Schema = {}
            for part in schema["allOf"]:
                merged.update(self.resolve(part))
            return self.example(merged, name, depth)
        kind = schema.get("type")
        if kind == "object" or "properties" in schema:
            return self._object(schema, depth)
        if kind == "array":
            count = max(1, schema.get("minItems", 1))
            return [self.example(schema.get("items", {}), name, depth + 1) for _ in range(count)]
        if kind == "string":
            return self._string(schema, name)
        if kind in ("integer", "number"):
            return self._number(schema, kind)
        if kind == "boolean":
            return True
        if kind == "null":
            return None
        return _BY_FORMAT.get(schema.get("format", ""), {})

    def _object(self, schema: Schema, depth: int) -> dict[str, Any]:
        if depth > 6:
            return {}
        properties = schema.get("properties", {})
        if self.request:
            required = set(schema.get("required", []))
            properties = {key: sub for key, sub in properties.items() if key in required}
        value = {key: self.example(sub, key, depth + 1) for key, sub in properties.items()}
        extra = schema.get("additionalProperties")
        if not properties and isinstance(extra, dict):
            key = self.example(schema.get("propertyNames", {"type": "string"}), "key", depth + 1)
            value = {str(key): self.example(extra, None, depth + 1)}
        return value

    def _string(self, schema: Schema, name: str | None) -> str:
        pattern = schema.get("pattern")
        if pattern in BY_PATTERN:
            return str(BY_PATTERN[pattern])
        if pattern and _DATE_TIME_PATTERN.match(pattern):
            return INSTANT
        if schema.get("format") in _BY_FORMAT:
            return _BY_FORMAT[schema["format"]]
        if name in BY_NAME and isinstance(BY_NAME[name], str):
            text = str(BY_NAME[name])
        else:
            text = "テキスト"
        text = text[: schema.get("maxLength", len(text))]
        return text.ljust(schema.get("minLength", 0), "0")

    @staticmethod
    def _number(schema: Schema, kind: str) -> int | float:
        low = schema.get("minimum", schema.get("exclusiveMinimum", 0) + 1)
        high = schema.get("maximum", schema.get("exclusiveMaximum", low + 2) - 1)
        value = max(low, min(1, high))
        return int(value) if kind == "integer" else float(value)


def _problem(synthesiser: Synthesiser, status: str, response: Schema) -> Schema:
    described = re.findall(r"`([a-z_]+\.[a-z_.]+)`: ([^;]+)", response.get("description", ""))
    code, title = described[0] if described else ("request.validation", "Invalid input")
    example: Schema = dict(synthesiser.example({"$ref": "#/components/schemas/Problem"}))
    example.update(
        status=int(status),
        code=code,
        title=title.strip(),
        detail=title.strip() + ".",
        type=problem_type(code),
        errors=example.get("errors", []) if status == "422" else [],
    )
    return example


def add_examples(document: Schema) -> None:
    answers, requests = Synthesiser(document), Synthesiser(document, request=True)
    for section in ("paths", "webhooks"):
        for path_item in document.get(section, {}).values():
            for operation in path_item.values():
                _operation(answers, requests, operation)


def _operation(synthesiser: Synthesiser, requests: Synthesiser, operation: Schema) -> None:
    for parameter in operation.get("parameters", []):
        parameter.setdefault(
            "example", synthesiser.example(parameter.get("schema", {}), parameter["name"])
        )
    for media in operation.get("requestBody", {}).get("content", {}).values():
        media.setdefault("example", requests.example(media.get("schema", {})))
    for status, response in operation.get("responses", {}).items():
        for media_type, media in response.get("content", {}).items():
            if media_type.endswith("problem+json"):
                media.setdefault("example", _problem(synthesiser, status, response))
            else:
                media.setdefault("example", synthesiser.example(media.get("schema", {})))
