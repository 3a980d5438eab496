"""Spreadsheet cells that are safe to open (OWASP CSV injection).

Text that Excel or LibreOffice would read as a formula (`=`, `+`, `-`, `@`, tab, CR first) is
written with a leading apostrophe by every export, CSV and .xlsx alike, and the apostrophe is
taken off again when a sheet is imported, so an exported list imports back unchanged."""

from __future__ import annotations

from typing import Any

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
ESCAPE = "'"


def escape_cell(value: Any) -> Any:
    """A cell for export: text starting like a formula gets an apostrophe; anything else as is."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return ESCAPE + value
    return value


def unescape_cell(value: str) -> str:
    """A cell read from an import: the apostrophe an export added is removed, no other."""
    if value.startswith(ESCAPE) and value[1:2] and value[1] in FORMULA_TRIGGERS:
        return value[1:]
    return value
