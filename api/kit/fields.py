"""Reusable annotated field types: input is normalised at the edge, never guessed later.
Each failure carries a stable code (PydanticCustomError) that the SPA maps to Japanese."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, EmailStr, Field, StringConstraints
from pydantic_core import PydanticCustomError

from api.kit.normalize import digits_only, is_kana, nfkc, to_katakana


def _text(value: object) -> object:
    return nfkc(value) if isinstance(value, str) else value


def _strip(value: object) -> object:
    return value.strip() if isinstance(value, str) else value


def _blank_to_none(value: object) -> object:
    if isinstance(value, str) and not value.strip():
        return None
    return value


def _digits(value: object) -> object:
    return digits_only(value) if isinstance(value, str) else value


def _postal(value: object) -> object:
    return digits_only(value.replace("〒", "")) if isinstance(value, str) else value


def _kana(value: object) -> object:
    return to_katakana(value) if isinstance(value, str) else value


def _check_kana(value: str) -> str:
    if not is_kana(value):
        raise PydanticCustomError("kana.invalid", "must be written in katakana")
    return value


def _pattern(pattern: str, code: str, message: str) -> AfterValidator:
    compiled = re.compile(pattern)

    def check(value: str) -> str:
        if not compiled.fullmatch(value):
            raise PydanticCustomError(code, message)
        return value

    return AfterValidator(check)


# For optional fields: an empty string from a form or a spreadsheet cell means "not given".
BlankIsNone = BeforeValidator(_blank_to_none)

# A code the tenant types (branch code, business code …): full-width digits become half-width.
Code = Annotated[str, StringConstraints(min_length=1, max_length=32), BeforeValidator(_text)]
# Required texts: surrounding spaces dropped, not empty, bounded.
ShortName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=50)]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
LongName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
OptionalText = Annotated[str | None, BlankIsNone, BeforeValidator(_strip)]
# Length limits sit on the str inside the Optional: on the Optional itself they would meet a
# None and fail with a TypeError (a 500) instead of a validation error.
OptionalText2 = Annotated[
    Annotated[str, StringConstraints(max_length=2)] | None, BlankIsNone, BeforeValidator(_strip)
]
OptionalText200 = Annotated[
    Annotated[str, StringConstraints(max_length=200)] | None, BlankIsNone, BeforeValidator(_strip)
]


# Katakana readings: NFKC, then hiragana to katakana; anything else is refused.
ShortKana = Annotated[
    str,
    StringConstraints(min_length=1, max_length=100),
    BeforeValidator(_kana),
    AfterValidator(_check_kana),
]
Kana = Annotated[
    str,
    StringConstraints(min_length=1, max_length=200),
    BeforeValidator(_kana),
    AfterValidator(_check_kana),
]
# Phone numbers: digits only, 10–11 digits starting with 0 (a Japanese number with area code).
Phone = Annotated[
    str,
    BeforeValidator(_digits),
    _pattern(
        r"0\d{9,10}", "phone.invalid", "must be a 10- or 11-digit phone number starting with 0"
    ),
]
MobilePhone = Annotated[
    str,
    BeforeValidator(_digits),
    _pattern(
        r"0\d{10}", "mobile_phone.invalid", "must be an 11-digit mobile number starting with 0"
    ),
]
PostalCode = Annotated[
    str,
    BeforeValidator(_postal),
    _pattern(r"\d{7}", "postal_code.invalid", "must be a 7-digit postal code"),
]
DigitString = Annotated[
    str, BeforeValidator(_digits), _pattern(r"\d{1,20}", "digits.invalid", "must be 1–20 digits")
]
# CCUS site, business and worker IDs: exactly 14 digits (spaces and hyphens are formatting).
CcusId = Annotated[
    str,
    BeforeValidator(_digits),
    _pattern(r"\d{14}", "ccus_id.invalid", "must be a 14-digit CCUS ID"),
]
# 本人確認番号: a short numeric secret; its length is checked against settings by the service.
VerificationNumber = Annotated[
    str,
    BeforeValidator(_digits),
    _pattern(r"\d{1,16}", "verification_number.invalid", "must contain digits only"),
]


# Optional forms shared by the registries: blank input means "none".
OptionalCode = Annotated[Code | None, BlankIsNone]
OptionalPhone = Annotated[Phone | None, BlankIsNone]
OptionalEmail = Annotated[EmailStr | None, BlankIsNone]
OptionalPostalCode = Annotated[PostalCode | None, BlankIsNone]
OptionalDigits = Annotated[DigitString | None, BlankIsNone]
OptionalCcusId = Annotated[CcusId | None, BlankIsNone]
OptionalVerificationNumber = Annotated[VerificationNumber | None, BlankIsNone]
OptionalName = Annotated[Name | None, BlankIsNone]
OptionalLongName = Annotated[LongName | None, BlankIsNone]
PrefectureCode = Annotated[OptionalText2, Field(default=None)]
Address = Annotated[OptionalText200, Field(default=None)]
