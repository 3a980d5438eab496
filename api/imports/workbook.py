"""Writing .xlsx files: the import templates and list exports share one layout, so an export
edited in Excel can be imported again."""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

import xlsxwriter

from api.imports.columns import CellKind, Column
from api.kit.cells import escape_cell

_GUIDE_SHEET = "記入方法"


def write_workbook(
    sheet_name: str,
    columns: Sequence[Column],
    rows: Iterable[Sequence[Any]] = (),
    *,
    with_guide: bool = False,
) -> bytes:
    buffer = io.BytesIO()
    # constant_memory streams rows to disk as they come: exports of large lists stay small in RAM.
    workbook = xlsxwriter.Workbook(buffer, {"constant_memory": True, "in_memory": False})
    # Text format keeps leading zeros of phones, postal and CCUS codes when people type into it.
    text = workbook.add_format({"num_format": "@"})
    day = workbook.add_format({"num_format": "yyyy/mm/dd"})
    header = workbook.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1})
    required = workbook.add_format({"bold": True, "bg_color": "#FCE4D6", "border": 1})
    sheet = workbook.add_worksheet(sheet_name)
    for index, column in enumerate(columns):
        width = max(12, min(40, len(column.header) * 2 + 2))
        sheet.set_column(index, index, width, day if column.kind is CellKind.date else text)
        sheet.write_string(0, index, column.header, required if column.required else header)
    sheet.freeze_panes(1, 0)
    for row_index, row in enumerate(rows, start=1):
        for index, (column, value) in enumerate(zip(columns, row, strict=True)):
            _write_cell(sheet, row_index, index, column, value, text, day)
    if with_guide:
        _write_guide(workbook, columns, header)
    workbook.close()
    return buffer.getvalue()


def _write_cell(
    sheet: Any, row: int, col: int, column: Column, value: Any, text: Any, day: Any
) -> None:
    if value is None or value == "":
        return
    if isinstance(value, date) and value.year < 1900:
        # Excel has no dates before 1900: such a stored value goes out as text, not garbage.
        sheet.write_string(row, col, value.isoformat(), text)
    elif isinstance(value, date):
        sheet.write_datetime(row, col, value, day)
    elif column.kind is CellKind.number and isinstance(value, int | float):
        sheet.write_number(row, col, value)
    else:
        sheet.write_string(row, col, escape_cell(str(value)), text)


def _write_guide(workbook: Any, columns: Sequence[Column], header: Any) -> None:
    guide = workbook.add_worksheet(_GUIDE_SHEET)
    for index, title in enumerate(("項目", "必須", "記入例", "説明")):
        guide.write_string(0, index, title, header)
    guide.set_column(0, 0, 24)
    guide.set_column(2, 3, 40)
    for row, column in enumerate(columns, start=1):
        guide.write_string(row, 0, column.header)
        guide.write_string(row, 1, "必須" if column.required else "")
        guide.write_string(row, 2, column.example)
        guide.write_string(row, 3, column.note)
