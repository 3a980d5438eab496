"""Strict booleans and ISO 8601 dates and times, for every body and every query parameter.

Pydantic's lax mode reads `0`/`1` (and "yes", "on" …) as booleans and a number as a Unix
timestamp, so `date_to=0` meant 1970-01-01 and `is_active: 0` meant false. Two mechanisms, one
rule, both driven by the declared type, so a new field or endpoint is strict the day it appears:

- bodies: `Schema` rewrites its core schema (`strict_core_schema`): booleans strict, numbers
  refuse `true`/`false` (Python's bool is an int), dates and times through a check that takes
  only ISO 8601 text (or the Python value itself);
- query strings: api/route_guard.py checks the raw text of every boolean, date and time
  parameter of the route a request reaches (`true`/`false`; `YYYY-MM-DD`; ISO 8601) before
  FastAPI parses it.
"""

from __future__ import annotations

import re
import types
from collections.abc import Callable
from datetime import date, datetime, time
from typing import Annotated, Any, Union, get_args, get_origin
from urllib.parse import parse_qsl

from fastapi.dependencies.models import Dependant
from pydantic_core import PydanticCustomError, core_schema

from api.kit import iso8601 as iso

_DATE = rf"{iso.YEAR}{iso.ANY_MONTH_DAY}"
# Shape only, the type reads the rest: a date-time may be a bare date, and its offset is the
# type's to require (AwareDatetime) or not.
_PATTERNS = {
    "bool": re.compile(r"^(true|false)$"),
    "date": re.compile(rf"^{_DATE}$"),
    "datetime": re.compile(rf"^{_DATE}({iso.ANY_SEPARATOR}{iso.ANY_HOUR_MINUTE}.*)?$"),
    "time": re.compile(rf"^{iso.ANY_HOUR_MINUTE}{iso.ANY_SECONDS}{iso.ANY_OFFSET}?$"),
}
_MESSAGES = {
    "bool": "Input should be true or false",
    "date": "Input should be a date as YYYY-MM-DD",
    "datetime": "Input should be an ISO 8601 date-time",
    "time": "Input should be an ISO 8601 time",
}


def _iso_only(kind: str) -> Callable[[Any], Any]:
    pattern = _PATTERNS[kind]

    def check(value: Any) -> Any:
        if isinstance(value, str) and pattern.match(value):
            return value
        if isinstance(value, str | int | float | bytes):  # bool is an int
            raise PydanticCustomError(f"{kind}.invalid", _MESSAGES[kind])
        return value  # a date/time object, or anything the type itself refuses

    check.__name__ = f"iso_{kind}_only"
    return check


def _not_boolean(kind: str) -> Callable[[Any], Any]:
    message = "Input should be a valid integer" if kind == "int" else "Input should be a number"

    def check(value: Any) -> Any:
        if isinstance(value, bool):
            raise PydanticCustomError(f"{kind}_type", message)
        return value

    check.__name__ = f"{kind}_not_boolean"
    return check


_CHECKS = {kind: _iso_only(kind) for kind in ("date", "datetime", "time")}
_CHECKS.update({kind: _not_boolean(kind) for kind in ("int", "float")})
_OURS = set(_CHECKS.values())


def strict_core_schema(node: Any) -> Any:
    """The same schema with booleans strict, numbers not booleans and temporal values ISO-only,
    at any depth."""
    if isinstance(node, list):
        return [strict_core_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    kind = node.get("type")
    if kind == "bool":
        return {**node, "strict": True}
    if kind in _CHECKS:
        return core_schema.no_info_before_validator_function(_CHECKS[kind], node)
    if kind == "function-before" and node.get("function", {}).get("function") in _OURS:
        return node  # a nested model already made strict
    return {key: strict_core_schema(value) for key, value in node.items()}


def _kind(annotation: Any) -> str | None:
    """bool, date, datetime or time, through Optional and Annotated; None for anything else."""
    origin = get_origin(annotation)
    if origin is Annotated:
        return _kind(get_args(annotation)[0])
    if origin in (Union, types.UnionType):
        kinds = {_kind(arg) for arg in get_args(annotation) if arg is not type(None)}
        return kinds.pop() if len(kinds) == 1 else None
    for candidate, name in ((bool, "bool"), (datetime, "datetime"), (date, "date"), (time, "time")):
        if isinstance(annotation, type) and issubclass(annotation, candidate):
            return name
    return None


def query_kinds(dependant: Dependant) -> dict[str, str]:
    """The strict kind of each boolean, date and time query parameter of a route."""
    kinds = {
        param.alias: kind
        for param in dependant.query_params
        if (kind := _kind(param.field_info.annotation)) is not None
    }
    for sub in dependant.dependencies:
        kinds.update(query_kinds(sub))
    return kinds


def query_errors(kinds: dict[str, str], query_string: bytes) -> list[dict[str, Any]]:
    """Pydantic-shaped errors for every such parameter not written strictly."""
    if not kinds:
        return []
    return [
        {"type": f"{kinds[name]}.invalid", "loc": ("query", name), "msg": _MESSAGES[kinds[name]]}
        for name, value in parse_qsl(query_string.decode("latin-1"), keep_blank_values=True)
        if name in kinds and not _PATTERNS[kinds[name]].match(value)
    ]
