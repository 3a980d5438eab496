"""Date cells: only ASCII digits are read as an Excel serial number; other Unicode digits
(superscripts, Arabic-Indic) stay text for the date type to refuse, never a crash in the job."""

from __future__ import annotations

from datetime import date

import pytest

from api.imports.columns import CellKind, Column
from api.imports.reader import cell_value

BIRTH = Column("生年月日", "birth_date", CellKind.date)


def test_an_ascii_serial_number_is_a_date() -> None:
    assert cell_value("32893", BIRTH) == date(1990, 1, 20)


@pytest.mark.parametrize("raw", ["²", "٣٢٨٩٣", "³²"])
def test_other_unicode_digits_stay_text(raw: str) -> None:
    assert cell_value(raw, BIRTH) == raw
