"""Every body field typed bool, date, datetime or time is strict, not only the bounded types
(which check their own shape): a field added with a plain type is strict the day it appears."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

import pytest
from pydantic import ValidationError

from api.kit.schemas import Schema


class _Plain(Schema):
    day: date
    at: datetime
    clock: time
    flag: bool


_GOOD = {"day": "2026-01-01", "at": "2026-01-01 08:00", "clock": "08:00:30", "flag": True}


def test_iso_text_is_read() -> None:
    plain = _Plain.model_validate(_GOOD)
    assert (plain.day, plain.at, plain.clock) == (
        date(2026, 1, 1),
        datetime(2026, 1, 1, 8, 0),
        time(8, 0, 30),
    )


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("day", 0, "date.invalid"),
        ("day", 1735689600, "date.invalid"),
        ("day", "20260101", "date.invalid"),
        ("at", 0, "datetime.invalid"),
        ("at", "1735689600", "datetime.invalid"),
        ("clock", 3600, "time.invalid"),
        ("flag", 1, "bool_type"),
        ("flag", "yes", "bool_type"),
    ],
)
def test_numbers_and_loose_text_are_refused(field: str, value: Any, code: str) -> None:
    with pytest.raises(ValidationError) as raised:
        _Plain.model_validate(_GOOD | {field: value})
    assert [(error["loc"], error["type"]) for error in raised.value.errors()] == [((field,), code)]
