"""Read an uploaded .xlsx or .csv (UTF-8 or Shift_JIS) into rows of cell values."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from python_calamine import CalamineError, CalamineWorkbook

from api.imports.columns import CellKind, Column
from api.imports.sheet_limits import SheetLimits, SheetTooLarge, check_xlsx
from api.kit.cells import unescape_cell

_EXCEL_EPOCH = date(1899, 12, 30)
_DATE_FORMATS = ("%Y/%m/%d", "%Y-%m-%d", "%Y.%m.%d", "%Y年%m月%d日", "%Y%m%d")


class UnreadableFile(Exception):
    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class Sheet:
    headers: list[str]
    rows: list[list[Any]]


def looks_like_xlsx(content: bytes) -> bool:
    return content[:4] == b"PK\x03\x04"


def _decode_csv(content: bytes) -> str:
    for encoding in ("utf-8-sig", "cp932"):
        try:
            return content.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnreadableFile("import.unreadable_encoding", "The CSV is neither UTF-8 nor Shift_JIS.")


def read_sheet(content: bytes, limits: SheetLimits) -> Sheet:
    """The first sheet's non-empty rows; a file past the limits is refused before its rows
    are materialised."""
    table: Iterable[list[Any]]
    if looks_like_xlsx(content):
        try:
            check_xlsx(content, limits)
            workbook = CalamineWorkbook.from_filelike(io.BytesIO(content))
            table = workbook.get_sheet_by_index(0).to_python(skip_empty_area=False)
        except SheetTooLarge as error:
            raise UnreadableFile(error.code, error.detail) from error
        except (CalamineError, ValueError, IndexError, zipfile.BadZipFile) as error:
            raise UnreadableFile(
                "import.unreadable_file", "The Excel file cannot be read."
            ) from error
        except (NotImplementedError, RuntimeError, EOFError) as error:
            # Encrypted entries or an unknown compression inside the zip.
            raise UnreadableFile(
                "import.unreadable_file", "The Excel file cannot be read."
            ) from error
    else:
        table = csv.reader(io.StringIO(_decode_csv(content)))
    try:
        rows = _non_empty_rows(table, limits)
    except csv.Error as error:
        raise UnreadableFile("import.unreadable_file", "The CSV file cannot be read.") from error
    except SheetTooLarge as error:
        raise UnreadableFile(error.code, error.detail) from error
    if not rows:
        raise UnreadableFile("import.empty_file", "The file has no header row.")
    headers = [str(cell).strip() for cell in rows[0]]
    return Sheet(headers=headers, rows=rows[1:])


def _non_empty_rows(table: Iterable[list[Any]], limits: SheetLimits) -> list[list[Any]]:
    """Rows with a value, kept one at a time: a CSV of blank lines or one endless line is
    refused when it passes a limit, not after it is all in memory."""
    rows: list[list[Any]] = []
    for row in table:
        if not any(cell not in (None, "") for cell in row):
            continue
        if len(row) > limits.max_columns:
            if any(cell not in (None, "") for cell in row[limits.max_columns :]):
                raise limits.too_many_columns(len(row))
            row = row[: limits.max_columns]
        rows.append(list(row))
        if len(rows) > limits.last_row:
            raise limits.too_many_rows(len(rows))
    return rows


def cell_value(raw: Any, column: Column) -> Any:
    """A cell as the API would receive it: text stays text, numbers lose a trailing `.0`,
    and date columns accept Excel serial numbers and the usual Japanese notations."""
    if isinstance(raw, str):
        raw = unescape_cell(raw.strip())
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if column.kind is CellKind.date:
        return _date_value(raw)
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw)) if column.kind is CellKind.text else int(raw)
    if isinstance(raw, (int, float)):
        return raw if column.kind is CellKind.number else str(raw)
    if isinstance(raw, datetime):
        return raw.date().isoformat()
    if isinstance(raw, date):
        return raw.isoformat()
    return str(raw).strip()


def _date_value(raw: Any) -> Any:
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    if isinstance(raw, (int, float)) and 0 < raw < 2_958_466:
        return _EXCEL_EPOCH + timedelta(days=int(raw))
    text = str(raw).strip()
    if text.isascii() and text.isdigit() and len(text) <= 5:
        # A date cell pasted as its Excel serial number.
        return _EXCEL_EPOCH + timedelta(days=int(text))
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return text
