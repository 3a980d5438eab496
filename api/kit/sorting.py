"""`sort=field` / `sort=-field` query parameters with an allow-list and a stable tie-breaker."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from fastapi import Query
from sqlalchemy import UnaryExpression
from sqlalchemy.orm import QueryableAttribute

from api.errors import ValidationFailed, field_error


def sort_query(allowed: Mapping[str, object]) -> Any:
    """The `sort` parameter of a list read from the allow-list `order_by` checks against, so the
    spec enumerates exactly the values the server accepts."""
    names = list(allowed)
    values = [value for name in names for value in (name, f"-{name}")]

    def enumerate_values(schema: dict[str, Any]) -> None:
        schema.pop("anyOf", None)
        schema.update(type="string", enum=values)

    # FastAPI types `json_schema_extra` as a dict; pydantic also takes a callable, which replaces
    # the `anyOf [string, null]` of an optional parameter rather than sitting beside it.
    return Query(
        description=f"{', '.join(names)}; prefix - for descending.",
        json_schema_extra=cast(dict[str, Any], enumerate_values),
    )


def order_by(
    sort: str | None,
    allowed: Mapping[str, QueryableAttribute[Any]],
    default: str,
    tie_breaker: QueryableAttribute[Any],
) -> list[UnaryExpression[Any]]:
    requested = sort or default
    descending = requested.startswith("-")
    name = requested.removeprefix("-")
    if name not in allowed:
        raise ValidationFailed(
            f"Unknown sort field {name!r}.",
            errors=[
                field_error(
                    ["query", "sort"], "sort.unknown_field", f"one of: {', '.join(sorted(allowed))}"
                )
            ],
        )
    column = allowed[name]
    # The tie-breaker runs the same way, so one index can serve the whole order.
    if descending:
        return [column.desc(), tie_breaker.desc()]
    return [column.asc(), tie_breaker.asc()]
