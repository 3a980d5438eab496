"""A row's values through the API's own schema and rules, errors named by the sheet's columns."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import BaseModel, ValidationError

from api.errors import FieldError
from api.imports.sheet_row import SheetRow


def column_of(loc: Sequence[str | int], field_map: Mapping[str, str]) -> str | None:
    name = str(loc[0]) if loc else None
    if name == "phones" and len(loc) > 1:
        return f"phone{int(loc[1]) + 1}"
    return field_map.get(name or "", name)


def field_errors(row: SheetRow, errors: Sequence[FieldError], field_map: Mapping[str, str]) -> None:
    for error in errors:
        row.error(column_of(error.loc, field_map), error.code, error.message)


def validate(
    row: SheetRow, model: type[BaseModel], data: dict[str, Any], field_map: Mapping[str, str]
) -> dict[str, Any] | None:
    """Validate with the API's schema. A column already reported (a name that did not resolve)
    is not reported a second time as a type error."""
    already = {error.column for error in row.errors}
    try:
        # A blank cell is a missing value: required columns then report `missing`.
        return model.model_validate({k: v for k, v in data.items() if v is not None}).model_dump()
    except ValidationError as error:
        for detail in error.errors(include_input=False, include_url=False):
            column_field = column_of(detail["loc"], field_map)
            if row.header(column_field) not in already:
                row.error(column_field, str(detail["type"]), str(detail["msg"]))
        return None
