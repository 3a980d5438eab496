"""Helpers for the list filters: partial matches that treat the user's input literally."""

from __future__ import annotations

from sqlalchemy import ColumnElement, or_
from sqlalchemy.orm import InstrumentedAttribute

from api.kit.normalize import nfkc


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def contains(
    columns: list[
        InstrumentedAttribute[str] | InstrumentedAttribute[str | None] | ColumnElement[str]
    ],
    value: str,
) -> ColumnElement[bool]:
    """Case-insensitive partial match of the NFKC-normalised input in any of the columns."""
    pattern = f"%{_escape_like(nfkc(value))}%"
    return or_(*(column.ilike(pattern, escape="\\") for column in columns))
