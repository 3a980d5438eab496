"""Every export writes formula-like text escaped, and imports read it back unchanged."""

from __future__ import annotations

import io

import pytest

from api.attendance.exports import HEADERS, to_csv
from api.config import Settings
from api.imports.columns import CellKind, Column
from api.imports.reader import cell_value, read_sheet
from api.imports.sheet_limits import SheetLimits
from api.imports.workbook import write_workbook
from api.kit.cells import escape_cell, unescape_cell
from tests.imports.helpers import read_xlsx

DANGEROUS = ["=1+2", "+81-90", "-2-5-7", "@SUM(A1)", "\tx", "\rx", '=HYPERLINK("http://x")']
HARMLESS = ["山田", "'quoted", "a=b", "", "0312345678"]


@pytest.mark.parametrize("value", DANGEROUS)
def test_formula_like_text_gets_an_apostrophe_and_loses_it_again(value: str) -> None:
    assert escape_cell(value) == "'" + value
    assert unescape_cell(escape_cell(value)) == value


@pytest.mark.parametrize("value", HARMLESS)
def test_other_text_and_non_text_pass_unchanged(value: str) -> None:
    assert escape_cell(value) == value
    assert unescape_cell(value) == value
    assert escape_cell(-5) == -5


def test_xlsx_cells_are_escaped_and_import_back_unchanged() -> None:
    columns = [Column("名前", "name"), Column("数", "count", CellKind.number)]
    content = write_workbook("Sheet", columns, [[value, -3] for value in DANGEROUS])
    cells = read_xlsx(content)[1:]
    assert [row[0] for row in cells] == ["'" + value for value in DANGEROUS]
    assert [row[1] for row in cells] == [-3] * len(DANGEROUS)
    imported = read_sheet(content, SheetLimits.from_settings(Settings())).rows
    # cell_value trims outer whitespace, as it does for any cell; the formula sign survives.
    assert [cell_value(row[0], columns[0]) for row in imported] == [
        value.strip() for value in DANGEROUS
    ]


def test_csv_cells_are_escaped_and_import_back_unchanged() -> None:
    row = ["2026/11/02", *DANGEROUS[:3], *([""] * (len(HEADERS) - 4))]
    content = to_csv([row])
    text = content.decode("utf-8-sig")
    assert "\r\n2026/11/02,'=1+2,'+81-90,'-2-5-7," in text
    assert not any(
        cell.startswith(("=", "+", "-", "@")) for cell in text.replace("\r\n", ",").split(",")
    )
    imported = read_sheet(content, SheetLimits.from_settings(Settings())).rows[0]
    assert [cell_value(cell, Column("x", "x")) for cell in imported[1:4]] == DANGEROUS[:3]
    assert io.BytesIO(content).read(3) == b"\xef\xbb\xbf"
