"""One sheet row under check: its errors per column, and the rows of a file that passed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from api.imports.columns import Column
from api.kit.normalize import nfkc


@dataclass(frozen=True)
class RowError:
    row: int
    column: str | None
    code: str
    message: str

    def as_dict(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "code": self.code, "message": self.message}


def headers_of(columns: Sequence[Column]) -> dict[str, str]:
    return {column.field: column.header for column in columns}


class SheetRow:
    def __init__(self, number: int, columns: Sequence[Column]) -> None:
        self.number = number
        self.errors: list[RowError] = []
        self._headers = headers_of(columns)

    def header(self, field_name: str | None) -> str | None:
        return self._headers.get(field_name or "", field_name)

    def error(self, field_name: str | None, code: str, message: str) -> None:
        self.errors.append(RowError(self.number, self.header(field_name), code, message))

    def resolve(
        self, field_name: str, value: Any, table: Mapping[str, Any], code: str, message: str
    ) -> Any:
        if value is None:
            return None
        resolved = table.get(nfkc(str(value)))
        if resolved is None:
            self.error(field_name, code, message)
        return resolved


@dataclass
class CheckedRows:
    """Rows that passed every check (with their row number) and the errors of the others."""

    states: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    def keep(self, row: SheetRow, state: dict[str, Any] | None) -> bool:
        if row.errors or state is None:
            self.errors.extend(row.errors)
            return False
        self.states.append((row.number, state))
        return True
