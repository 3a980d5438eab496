"""The API's operations read from its OpenAPI document, and requests built from them, for the
checks generated per operation (R3 and the service-wall sweep)."""

from __future__ import annotations

import re
from typing import Any

from fastapi import FastAPI
from httpx import AsyncClient

from tests.reliability.victim import TABLE_PARAMS

ENUM_VALUES = {"kind": "workers", "table": "sites"}
# Values for required query parameters, so that a request reaches the id lookup.
QUERY_VALUES = {"month": "2026-11"}

Operation = tuple[str, str, dict[str, Any]]


def operations(app: FastAPI) -> list[Operation]:
    return [
        (method.upper(), path, operation)
        for path, methods in app.openapi()["paths"].items()
        for method, operation in methods.items()
    ]


def operations_with_ids(app: FastAPI) -> list[Operation]:
    # The operator API names tenants by code behind its own key: no tenant's ids reach it.
    return [
        (method, path, operation)
        for method, path, operation in operations(app)
        if not path.startswith("/api/v1/operator/")
        and any(p["in"] == "path" and p["name"] not in ENUM_VALUES for p in parameters(operation))
    ]


def parameters(operation: dict[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = operation.get("parameters", [])
    return found


def fill(path: str, values: dict[str, Any]) -> str:
    return re.sub(r"\{(\w+)\}", lambda match: str(values[match.group(1)]), path)


def required_query(operation: dict[str, Any]) -> dict[str, str]:
    return {
        p["name"]: QUERY_VALUES[p["name"]]
        for p in parameters(operation)
        if p["in"] == "query" and p.get("required")
    }


def urls(path: str, ids: dict[str, Any], operation: dict[str, Any]) -> list[str]:
    """The operation's URL with `ids` in its path, once per table an `{entity_id}` can name."""
    required = required_query(operation)
    query = (
        "?" + "&".join(f"{name}={value}" for name, value in required.items()) if required else ""
    )
    found = []
    for table in TABLE_PARAMS if "{entity_id}" in path else ["sites"]:
        values = {**ids, "kind": ENUM_VALUES["kind"], "table": table}
        values["entity_id"] = ids[TABLE_PARAMS[table]]
        found.append(fill(path, values) + query)
    return found


def _body(app: FastAPI, operation: dict[str, Any], ids: dict[str, Any]) -> dict[str, Any]:
    """The body's required ids, from `ids`: enough for the request to reach its lookups. Other
    required fields stay out, and the schema refuses the body (422) before any lookup."""
    schema = operation["requestBody"]["content"].get("application/json", {}).get("schema", {})
    if "$ref" in schema:
        schema = app.openapi()["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return {name: str(ids[name]) for name in schema.get("required", []) if name in ids}


async def foreign_id_answers(
    app: FastAPI, client: AsyncClient, ids: dict[str, Any], headers: dict[str, str]
) -> tuple[int, list[str]]:
    """Every operation with ids, called with `ids` (another tenant's): how many calls were made,
    and each that answered anything but 404 (422 when a required body is refused first)."""
    calls, leaks = 0, []
    for method, path, operation in operations_with_ids(app):
        body_required = operation.get("requestBody", {}).get("required", False)
        # A body the schema refuses is answered before any lookup; anything else must be 404.
        allowed = {404, 422} if body_required else {404}
        body = _body(app, operation, ids) if body_required else None
        for url in urls(path, ids, operation):
            response = await client.request(method, url, headers=headers, json=body)
            calls += 1
            if response.status_code not in allowed:
                leaks.append(f"{method} {url} → {response.status_code} {response.text[:120]}")
    return calls, leaks
