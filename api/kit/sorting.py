"""`sort=field` / `sort=-field` query parameters with an allow-list and a stable tie-breaker."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import UnaryExpression
from sqlalchemy.orm import QueryableAttribute

from api.errors import ValidationFailed, field_error


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
