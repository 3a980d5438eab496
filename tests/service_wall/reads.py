"""Every read of the API, generated from the OpenAPI document: each GET with the caller's own ids
in its path (each value of an enum in it), once as it is and once per query filter, the filters
given the other tenant's ids and the marker its names carry."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode

from fastapi import FastAPI
from httpx import Response

from tests.reliability.operations import fill, operations, parameters, required_query
from tests.reliability.victim import TABLE_PARAMS
from tests.service_wall.tenant_rows import MARKER

# A date the victim has a work day on (populate_tenant).
DAY = "2026-11-24"
# Filters whose value changes nothing about whose rows a query reads.
NOT_FILTERS = {"page", "limit", "sort"}


def _schema(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """The parameter's schema without its `null` alternative, references resolved."""
    options = [s for s in schema.get("anyOf", [schema]) if s.get("type") != "null"]
    found: dict[str, Any] = options[0]
    if "$ref" in found:
        name = found["$ref"].rsplit("/", 1)[1]
        resolved: dict[str, Any] = spec["components"]["schemas"][name]
        return resolved
    return found


def filter_values(
    spec: dict[str, Any], parameter: dict[str, Any], foreign: dict[str, Any]
) -> list[str]:
    name, schema = parameter["name"], _schema(spec, parameter["schema"])
    if schema.get("type") == "array":
        schema = _schema(spec, schema["items"])
    if "enum" in schema:
        return [str(value) for value in schema["enum"]]
    if schema.get("format") == "uuid":
        # The audit entry populate_tenant writes is about a branch.
        key = "branch_id" if name == "entity_id" else name
        assert key in foreign, f"no id of the other tenant for the filter {name}; add one"
        return [str(foreign[key])]
    if schema.get("format") == "date":
        return [DAY]
    if schema.get("type") == "boolean":
        return ["true"]
    if schema.get("type") == "string":
        return [MARKER[: schema.get("maxLength", len(MARKER))]]
    raise AssertionError(f"no value for the filter {name} ({schema}); add one")


def _paths(
    spec: dict[str, Any], path: str, operation: dict[str, Any], own: dict[str, Any]
) -> list[str]:
    filled = [dict(own)]
    for parameter in parameters(operation):
        schema = _schema(spec, parameter["schema"])
        if parameter["in"] == "path" and "enum" in schema:
            filled = [{**values, parameter["name"]: v} for values in filled for v in schema["enum"]]
    if "{entity_id}" in path:
        filled = [{**values, "entity_id": own[TABLE_PARAMS[values["table"]]]} for values in filled]
    return [fill(path, values) for values in filled]


def read_urls(app: FastAPI, own: dict[str, Any], foreign: dict[str, Any]) -> Iterator[str]:
    spec = app.openapi()
    for method, path, operation in operations(app):
        if method != "GET" or not path.startswith("/api/"):
            continue
        base = {**required_query(operation), "limit": 200}
        for url in _paths(spec, path, operation, own):
            limited = {k: v for k, v in base.items() if k != "limit" or _takes(operation, k)}
            yield f"{url}?{urlencode(limited)}" if limited else url
            if "/export" in path:
                # An export runs its list's filtered query; the list's calls try each filter.
                continue
            for parameter in parameters(operation):
                if parameter["in"] != "query" or parameter["name"] in {*NOT_FILTERS, *base}:
                    continue
                for value in filter_values(spec, parameter, foreign):
                    yield f"{url}?{urlencode({**limited, parameter['name']: value})}"


def _takes(operation: dict[str, Any], name: str) -> bool:
    return any(p["name"] == name for p in parameters(operation))


def answer_text(response: Response) -> str:
    """What a person would read in the answer: JSON, CSV, or every part of a spreadsheet."""
    content_type = response.headers.get("content-type", "")
    if "spreadsheetml" in content_type:
        with zipfile.ZipFile(io.BytesIO(response.content)) as workbook:
            return "".join(workbook.read(name).decode() for name in workbook.namelist())
    if "text/csv" in content_type and "charset" not in content_type:
        for encoding in ("utf-8-sig", "cp932"):
            try:
                return response.content.decode(encoding)
            except UnicodeDecodeError:
                continue
    return response.text
