"""Reusable annotated field types: input is normalised at the edge, never guessed later."""

from __future__ import annotations

import unicodedata
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, Field


def _nfkc_strip(value: object) -> object:
    if isinstance(value, str):
        return unicodedata.normalize("NFKC", value).strip()
    return value


def _strip(value: object) -> object:
    return value.strip() if isinstance(value, str) else value


def _not_blank(value: str) -> str:
    if not value:
        raise ValueError("must not be blank")
    return value


# A code the tenant types (branch code, business code …): full-width digits become half-width.
Code = Annotated[str, BeforeValidator(_nfkc_strip), Field(min_length=1, max_length=32)]
# A required name: surrounding spaces dropped, must not be empty.
Name = Annotated[str, BeforeValidator(_strip), AfterValidator(_not_blank), Field(max_length=100)]
