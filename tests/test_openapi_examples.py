"""Every operation of the contract carries examples (its request body or parameters, and its
answers), and every example is valid against the schema it illustrates."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import jsonschema_rs
import pytest

from api.openapi import OPENAPI_PATH

DOCUMENT: dict[str, Any] = json.loads(OPENAPI_PATH.read_text())


def _operations() -> Iterator[tuple[str, dict[str, Any]]]:
    for section in ("paths", "webhooks"):
        for path, item in DOCUMENT.get(section, {}).items():
            for method, operation in item.items():
                yield f"{method.upper()} {path}", operation


def _examples(operation: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], Any]]:
    """(where, schema, example) of everything an operation sends or answers; a missing example
    is yielded as `...` so the caller can name it."""
    for parameter in operation.get("parameters", []):
        yield f"parameter {parameter['name']}", parameter["schema"], parameter.get("example", ...)
    for media_type, media in operation.get("requestBody", {}).get("content", {}).items():
        yield f"request {media_type}", media.get("schema", {}), media.get("example", ...)
    for status, response in operation.get("responses", {}).items():
        for media_type, media in response.get("content", {}).items():
            yield f"{status} {media_type}", media.get("schema", {}), media.get("example", ...)


OPERATIONS = dict(_operations())


def test_the_contract_has_operations_and_webhooks() -> None:
    assert len(OPERATIONS) > 90
    assert {"work_day.created", "ccus_record.rejected", "structure.changed"} <= set(
        DOCUMENT["webhooks"]
    )


def test_every_operation_has_a_request_and_a_response_example() -> None:
    missing = [
        f"{name}: {where}"
        for name, operation in OPERATIONS.items()
        for where, _, example in _examples(operation)
        if example is ...
    ]
    assert not missing, "examples missing:\n" + "\n".join(missing)
    # A webhook's answer is the partner's and has no body; every operation of ours answers one.
    without_answer = [
        name
        for name, operation in OPERATIONS.items()
        if name.split(" ")[1].startswith("/")
        and not any(where[0].isdigit() for where, _, _ in _examples(operation))
    ]
    assert not without_answer, f"no answer example: {without_answer}"


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_each_example_is_valid_for_its_schema(name: str) -> None:
    components = DOCUMENT["components"]
    for where, schema, example in _examples(OPERATIONS[name]):
        if example is ...:
            continue
        validator = jsonschema_rs.validator_for(
            {
                "$schema": "https://json-schema.org/draft/2020-12/schema",
                **schema,
                "components": components,
            },
            validate_formats=True,
        )
        errors = [error.message for error in validator.iter_errors(example)]
        assert not errors, f"{name} {where}: {errors}"
