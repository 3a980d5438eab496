"""A row's cells by column, the header row's missing columns, and codes for rows without one."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from api.imports.columns import Column
from api.imports.reader import cell_value
from api.kit.codes import random_code


def cells(headers: list[str], raw: list[Any], columns: Sequence[Column]) -> dict[str, Any]:
    positions = {header: index for index, header in enumerate(headers)}
    values: dict[str, Any] = {}
    for column in columns:
        index = positions.get(column.header)
        values[column.field] = (
            cell_value(raw[index], column) if index is not None and index < len(raw) else None
        )
    return values


def fresh_code(prefix: str, taken: set[str]) -> str:
    while (code := random_code(prefix)) in taken:
        continue
    return code


def missing_headers(headers: list[str], columns: Sequence[Column]) -> list[str]:
    present = set(headers)
    return [column.header for column in columns if column.required and column.header not in present]
