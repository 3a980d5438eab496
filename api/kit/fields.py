"""Reusable annotated field types: input is normalised at the edge, never guessed later.
Each failure carries a stable code (PydanticCustomError) that the SPA maps to Japanese."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import (
    BeforeValidator,
    EmailStr,
    Field,
    GetCoreSchemaHandler,
    GetJsonSchemaHandler,
    StringConstraints,
    ValidationError,
    ValidatorFunctionWrapHandler,
    WrapValidator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, PydanticCustomError, core_schema

from api.kit.normalize import digits_only, nfkc, to_katakana
from api.kit.patterns import Pattern, PlainText


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


def _email(value: object, handler: ValidatorFunctionWrapHandler) -> object:
    try:
        return handler(value)
    except ValidationError as error:
        raise PydanticCustomError(
            "email.invalid",
            "must be an address that can receive mail: {reason}",
            {"reason": error.errors()[0]["msg"]},
        ) from None


# Katakana, the prolonged sound mark and middle dot, and what company names write in ASCII.
KanaText = Pattern(
    r"[\u30a1-\u30fa\u30fc\u30fb A-Za-z0-9().,&'\-]+", "kana.invalid", "must be written in katakana"
)


@dataclass(frozen=True)
class _BlankIsNone:
    """For optional fields: an empty string from a form or a spreadsheet cell means "not given",
    and the spec says so — "" is one more accepted form of the field."""

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        return core_schema.no_info_before_validator_function(_blank_to_none, handler(source))

    def __get_pydantic_json_schema__(
        self, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        # Both modes alike, or pydantic splits every model using the field into -Input/-Output.
        json_schema = handler(schema)
        branches = json_schema["anyOf"] if set(json_schema) == {"anyOf"} else [json_schema]
        return {"anyOf": [*branches, {"type": "string", "const": ""}]}


BlankIsNone = _BlankIsNone()

# A code the tenant types (branch code, business code …): full-width digits become half-width.
Code = Annotated[
    str, StringConstraints(min_length=1, max_length=32), PlainText, BeforeValidator(_text)
]
# Required texts: surrounding spaces dropped, not empty, bounded, no control characters.
ShortName = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=50), PlainText
]
Name = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100), PlainText
]
LongName = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200), PlainText
]
# Free text of at most n characters (empty allowed), for optional fields and search terms.
Text2 = Annotated[str, StringConstraints(max_length=2), PlainText]
Text4 = Annotated[str, StringConstraints(max_length=4), PlainText]
Text14 = Annotated[str, StringConstraints(max_length=14), PlainText]
Text16 = Annotated[str, StringConstraints(max_length=16), PlainText]
Text20 = Annotated[str, StringConstraints(max_length=20), PlainText]
Text30 = Annotated[str, StringConstraints(max_length=30), PlainText]
Text32 = Annotated[str, StringConstraints(max_length=32), PlainText]
Text50 = Annotated[str, StringConstraints(max_length=50), PlainText]
Text64 = Annotated[str, StringConstraints(max_length=64), PlainText]
Text100 = Annotated[str, StringConstraints(max_length=100), PlainText]
Text200 = Annotated[str, StringConstraints(max_length=200), PlainText]
# A master code (職種, 立場, 保険 …): 1–4 characters.
MasterCode = Annotated[str, StringConstraints(min_length=1, max_length=4), PlainText]
# Length limits sit on the str inside the Optional: on the Optional itself they would meet a
# None and fail with a TypeError (a 500) instead of a validation error.
OptionalText = Annotated[Text200 | None, BlankIsNone, BeforeValidator(_strip)]
OptionalText2 = Annotated[Text2 | None, BlankIsNone, BeforeValidator(_strip)]
OptionalText200 = Annotated[Text200 | None, BlankIsNone, BeforeValidator(_strip)]


# Katakana readings: NFKC, then hiragana to katakana; anything else is refused.
ShortKana = Annotated[
    str,
    StringConstraints(min_length=1, max_length=100),
    BeforeValidator(_kana),
    KanaText,
]
Kana = Annotated[
    str,
    StringConstraints(min_length=1, max_length=200),
    BeforeValidator(_kana),
    KanaText,
]
# Phone numbers: digits only, 10–11 digits starting with 0 (a Japanese number with area code).
Phone = Annotated[
    str,
    BeforeValidator(_digits),
    Pattern(
        r"0[0-9]{9,10}", "phone.invalid", "must be a 10- or 11-digit phone number starting with 0"
    ),
]
# 代表電話番号 is a landline (the seed: 固定電話を入力して下さい): a mobile number (11 digits
# from 070, 080 or 090; 0800 is toll-free, not mobile) is refused with a code of its own.
LANDLINE = Pattern(
    r"0(?:[0-9]{9}|[0-6][0-9]{9}|[789][1-9][0-9]{8}|800[0-9]{7})",
    "phone.mobile_not_allowed",
    "must be a landline, not a mobile number (070/080/090)",
)
LandlinePhone = Annotated[Phone, LANDLINE]
MobilePhone = Annotated[
    str,
    BeforeValidator(_digits),
    Pattern(
        r"0[0-9]{10}", "mobile_phone.invalid", "must be an 11-digit mobile number starting with 0"
    ),
]
PostalCode = Annotated[
    str,
    BeforeValidator(_postal),
    Pattern(r"[0-9]{7}", "postal_code.invalid", "must be a 7-digit postal code"),
]
DigitString = Annotated[
    str,
    BeforeValidator(_digits),
    Pattern(r"[0-9]{1,20}", "digits.invalid", "must be 1–20 digits"),
]
# CCUS site, business and worker IDs: exactly 14 digits (spaces and hyphens are formatting).
CcusId = Annotated[
    str,
    BeforeValidator(_digits),
    Pattern(r"[0-9]{14}", "ccus_id.invalid", "must be a 14-digit CCUS ID"),
]
# A search for CCUS IDs: the whole ID or its first digits.
CcusIdPrefix = Annotated[
    str,
    BeforeValidator(_digits),
    Pattern(r"[0-9]{1,14}", "ccus_id.invalid", "must be the digits of a CCUS ID"),
]
# 本人確認番号: a short numeric secret; its length is checked against settings by the service.
VerificationNumber = Annotated[
    str,
    BeforeValidator(_digits),
    Pattern(r"[0-9]{1,16}", "verification_number.invalid", "must contain digits only"),
]


# Optional forms shared by the registries: blank input means "none".
OptionalCode = Annotated[Code | None, BlankIsNone]
OptionalPhone = Annotated[Phone | None, BlankIsNone]
# RFC 5321 caps an address at 254 characters; the validator refuses control characters and
# names no mail reaches (.test, .invalid, .local …), which `format: email` cannot say.
Email = Annotated[EmailStr, StringConstraints(max_length=254), WrapValidator(_email)]
OptionalEmail = Annotated[Email | None, BlankIsNone]
OptionalPostalCode = Annotated[PostalCode | None, BlankIsNone]
OptionalDigits = Annotated[DigitString | None, BlankIsNone]
OptionalCcusId = Annotated[CcusId | None, BlankIsNone]
OptionalVerificationNumber = Annotated[VerificationNumber | None, BlankIsNone]
OptionalName = Annotated[Name | None, BlankIsNone]
OptionalLongName = Annotated[LongName | None, BlankIsNone]
PrefectureCode = Annotated[OptionalText2, Field(default=None)]
# Where a row sorts among its siblings (branches, structure entries).
DisplayOrder = Annotated[int, Field(ge=0, le=10_000)]
Address = Annotated[OptionalText200, Field(default=None)]
