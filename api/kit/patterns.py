"""A checked pattern that the OpenAPI document declares too: the server refuses with a stable
code (the SPA's Japanese text keys on it), and clients and fuzzers see the same pattern.

Digits are written `[0-9]`, never `\\d`: `\\d` also matches Arabic-Indic and other Unicode
digits, which NFKC does not turn into ASCII."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, PydanticCustomError, core_schema

# C0 and C1 control characters and DEL; bidi embeddings, overrides, isolates and marks
# (U+061C, U+200E/F, U+202A–E, U+2066–9) that make stored text read differently from what it is.
_BIDI = r"\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
SINGLE_LINE = rf"[^\x00-\x1f\x7f-\x9f{_BIDI}]*"
MULTI_LINE = rf"[^\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}]*"


@dataclass(frozen=True)
class Pattern:
    """Annotate a `str` with it; `regex` must match the whole (normalised) value."""

    regex: str
    code: str
    message: str
    _compiled: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_compiled", re.compile(self.regex))

    def check(self, value: Any) -> Any:
        if isinstance(value, str) and not self._compiled.fullmatch(value):
            raise PydanticCustomError(self.code, self.message)
        return value

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        return core_schema.no_info_after_validator_function(self.check, handler(source))

    def __get_pydantic_json_schema__(
        self, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        json_schema = handler(schema)
        json_schema["pattern"] = f"^{self.regex}$"
        return json_schema


# The one text check: every free text field carries one of these two.
PlainText = Pattern(
    SINGLE_LINE, "text.control_character", "must not contain control or bidi characters"
)
MultiLineText = Pattern(
    MULTI_LINE, "text.control_character", "must not contain control or bidi characters"
)
