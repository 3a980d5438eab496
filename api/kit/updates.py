"""Partial updates: `null` clears an optional field; on a field that cannot be empty it is an
error for that field, not a database failure."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from api.errors import FieldError, field_error


def uncleared(changes: Mapping[str, Any], required: Iterable[str]) -> list[FieldError]:
    return [
        field_error(["body", name], "missing", "This field cannot be cleared")
        for name in required
        if name in changes and changes[name] is None
    ]
