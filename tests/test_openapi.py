"""The committed contract matches the app, and it documents what clients rely on."""

from __future__ import annotations

import json
from typing import Any

from api.openapi import OPENAPI_PATH, current_document


def _document() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(current_document())
    return document


def test_committed_openapi_matches_the_app() -> None:
    assert OPENAPI_PATH.exists(), "run `make openapi`"
    assert OPENAPI_PATH.read_text() == current_document(), (
        "openapi/openapi.json is stale; run `make openapi` and commit it"
    )


def test_generation_is_deterministic() -> None:
    assert current_document() == current_document()


def test_operation_ids_are_unique_and_present() -> None:
    ids = [
        operation["operationId"]
        for path_item in _document()["paths"].values()
        for operation in path_item.values()
    ]
    assert all(ids)
    assert len(ids) == len(set(ids))


def test_resources_live_under_api_v1() -> None:
    paths = set(_document()["paths"])
    assert paths - {"/healthz", "/readyz"} == {
        path for path in paths if path.startswith("/api/v1/")
    }


def test_both_security_schemes_are_declared() -> None:
    schemes = _document()["components"]["securitySchemes"]
    assert schemes["StaffToken"]["type"] == "oauth2"
    assert schemes["StaffToken"]["flows"]["password"]["tokenUrl"] == "/api/v1/auth/token"
    assert schemes["ApiKey"] == {"type": "apiKey", "in": "header", "name": "X-API-Key"}


def test_errors_are_documented_as_problem_json() -> None:
    document = _document()
    for path, path_item in document["paths"].items():
        for method, operation in path_item.items():
            for status, response in operation["responses"].items():
                if status.startswith(("4", "5")):
                    assert list(response["content"]) == ["application/problem+json"], (
                        path,
                        method,
                        status,
                    )
                    assert response["content"]["application/problem+json"]["schema"] == {
                        "$ref": "#/components/schemas/Problem"
                    }
    assert "HTTPValidationError" not in document["components"]["schemas"]


def test_protected_operations_declare_their_auth_errors() -> None:
    for path, path_item in _document()["paths"].items():
        for method, operation in path_item.items():
            if operation.get("security") and path != "/api/v1/auth/token":
                assert "401" in operation["responses"], (path, method)
                # The operator API has a credential of its own (ADR 0021), no tenant token.
                expected = (
                    "operator.invalid_key"
                    if path.startswith("/api/v1/operator/")
                    else "auth.invalid_token"
                )
                assert expected in operation["responses"]["401"]["description"]
