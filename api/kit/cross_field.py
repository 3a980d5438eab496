"""Rules across fields of one body (a model validator), broken: pydantic places such an error on
the whole body, yet one field is the one to fix. `broken_rule` names it, and the validation
answer appends it to the error's loc — so a client puts the message next to that field."""

from __future__ import annotations

from typing import Any

from pydantic_core import PydanticCustomError

FIELD_KEY = "fix_field"


def broken_rule(code: str, message: str, *, field: str) -> PydanticCustomError:
    return PydanticCustomError(code, message, {FIELD_KEY: field})


def located(loc: tuple[Any, ...] | list[Any], context: dict[str, Any] | None) -> list[Any]:
    """The error's loc, with the field a broken rule names at its end."""
    field = (context or {}).get(FIELD_KEY)
    return [*loc, field] if isinstance(field, str) else list(loc)
