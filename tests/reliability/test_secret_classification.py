"""R5's groundwork: every secret-looking field of the OpenAPI document is classified, the
canaries fit or break their fields' rules, a digit secret is found however it is written."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from fastapi import FastAPI

from api.logs import SECRET_KEYS
from tests.reliability.leaks import found_in
from tests.reliability.secret_fields import (
    BY_DESIGN,
    LOOKS_SECRET,
    SECRET_FIELDS,
    SECRET_HEADERS,
    Canaries,
    Kind,
    classified,
)


def _fields(node: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every property and parameter anywhere in the document, inline schemas included."""
    if isinstance(node, dict):
        if isinstance(node.get("properties"), dict):
            yield from node["properties"].items()
        if "in" in node and "name" in node:
            yield node["name"], node.get("schema", {})
        for value in node.values():
            yield from _fields(value)
    elif isinstance(node, list):
        for item in node:
            yield from _fields(item)


def test_every_secret_looking_field_is_classified(app: FastAPI) -> None:
    unclassified = sorted(
        {
            name
            for name, schema in _fields(app.openapi())
            if (LOOKS_SECRET.search(name) or "password" in json.dumps(schema))
            and not classified(name)
        }
    )
    assert unclassified == [], "add them to SECRET_FIELDS or NOT_SECRET in secret_fields.py"
    # The log processor masks a secret by its key: every name R5 knows must be one it masks.
    assert [
        name
        for name in [*SECRET_FIELDS, *SECRET_HEADERS, *(f for _, _, f in BY_DESIGN)]
        if not SECRET_KEYS.search(name)
    ] == []
    assert not classified("recovery_token")


def test_canaries_fit_or_break_the_rules_of_their_fields() -> None:
    canaries = Canaries()
    digits = canaries.valid(Kind.DIGITS)
    too_long, not_digits = canaries.invalid(Kind.DIGITS)
    assert digits.isdigit()
    assert 4 <= len(digits) <= 8
    assert len(too_long) > 8
    assert not not_digits.isdigit()
    assert len(canaries.invalid(Kind.PASSWORD)[0]) < 10
    assert len(set(canaries.sent)) == len(canaries.sent) == 4


def test_a_digit_secret_is_found_however_it_is_written() -> None:
    secret = "48261937"
    for written in ("48261937", "4826-1937", "4826 1937", "４８２６１９３７"):
        assert found_in(f'{{"verification_number": "{written}"}}', [secret]) == [secret]
    assert found_in('{"verification_number": "****"}', [secret]) == []
    assert found_in("id 48261930-7", [secret]) == []
