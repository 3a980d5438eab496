"""Shared pieces of the site endpoint tests: the path, a valid body and the 422 error set."""

from __future__ import annotations

from typing import Any

SITES = "/api/v1/sites"


def takebashi_body(branch_id: str, **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "branch_id": branch_id,
        "code": "S23_398",
        "name": "竹橋AZビル 改修工事",
        "city": "千代田区",
        "prefecture_code": "13",
        "address": "一ツ橋3-5",
    }
    body.update(overrides)
    return body


def field_errors(response: Any) -> set[tuple[tuple[str | int, ...], str]]:
    assert response.status_code == 422, response.text
    return {(tuple(error["loc"]), error["code"]) for error in response.json()["errors"]}
