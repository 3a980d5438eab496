"""The annotated field types: what each keeps, what it refuses and with which code and message
(the SPA picks its Japanese text by the code; the message is the API's English fallback)."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from api.kit.fields import (
    CcusId,
    Code,
    DigitString,
    Kana,
    MobilePhone,
    OptionalText,
    OptionalText2,
    Phone,
    PostalCode,
    VerificationNumber,
)
from api.kit.normalize import to_katakana


class Form(BaseModel):
    code: Code | None = None
    text: OptionalText = None
    short: OptionalText2 = None
    kana: Kana | None = None
    phone: Phone | None = None
    mobile: MobilePhone | None = None
    postal: PostalCode | None = None
    digits: DigitString | None = None
    ccus: CcusId | None = None
    verification: VerificationNumber | None = None


@pytest.mark.parametrize(
    ("field", "raw", "code", "message"),
    [
        ("kana", "山田", "kana.invalid", "must be written in katakana"),
        ("phone", "12345", "phone.invalid", "must be a 10- or 11-digit phone number starting with 0"),
        ("mobile", "0312345678", "mobile_phone.invalid", "must be an 11-digit mobile number starting with 0"),
        ("postal", "100-001", "postal_code.invalid", "must be a 7-digit postal code"),
        ("digits", "1" * 21, "digits.invalid", "must be 1–20 digits"),
        ("ccus", "1234", "ccus_id.invalid", "must be a 14-digit CCUS ID"),
        ("verification", "12a4", "verification_number.invalid", "must contain digits only"),
    ],
)  # fmt: skip
def test_each_refusal_carries_its_code_and_message(
    field: str, raw: str, code: str, message: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        Form(**{field: raw})
    [error] = raised.value.errors()
    assert (error["loc"], error["type"], error["msg"]) == ((field,), code, message)


@pytest.mark.parametrize(
    ("field", "raw", "kept"),
    [
        ("code", "  Ｂ００１ ", "B001"),
        ("text", "  memo ", "memo"),
        ("text", "", None),
        ("text", " 　", None),
        ("short", " ab ", "ab"),
        ("digits", "１２-３４", "1234"),
        ("verification", "１２３４", "1234"),
        ("postal", "〒１００ー０００１", "1000001"),
    ],
)
def test_what_each_field_keeps(field: str, raw: str, kept: str | None) -> None:
    assert getattr(Form(**{field: raw}), field) == kept


@pytest.mark.parametrize("field", ["code", "text", "kana", "phone", "postal", "ccus"])
def test_a_number_where_text_belongs_is_a_validation_error_not_a_crash(field: str) -> None:
    # Spreadsheet cells arrive as numbers; each normaliser must leave them to pydantic.
    value: Any = 3012345678
    with pytest.raises(ValidationError) as raised:
        Form(**{field: value})
    assert raised.value.errors()[0]["type"] == "string_type"


def test_optional_text_limits_apply_to_the_text_only() -> None:
    with pytest.raises(ValidationError, match="string_too_long"):
        Form(short="abc")
    assert Form(short=None).short is None


def test_runs_of_spaces_in_kana_become_one() -> None:
    assert to_katakana("やまだ  　たろう") == "ヤマダ タロウ"
