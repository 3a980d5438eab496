"""Normalisation at the edge: what staff type (full-width digits, hyphens, hiragana) becomes one
canonical form, or a field error. Nothing here guesses."""

from __future__ import annotations

import re
import unicodedata

_DIGIT_SEPARATORS = re.compile(r"[\s\-‐‑‒–—―ー－()（）]")
_HIRAGANA_TO_KATAKANA = {code: code + 0x60 for code in range(0x3041, 0x3097)}


def nfkc(value: str) -> str:
    return unicodedata.normalize("NFKC", value).strip()


def digits_only(value: str) -> str:
    """Full-width digits become half-width; hyphens, spaces and brackets are formatting."""
    return _DIGIT_SEPARATORS.sub("", nfkc(value))


def to_katakana(value: str) -> str:
    """NFKC (half-width kana become full-width), then hiragana become katakana."""
    normalised = re.sub(r"\s+", " ", nfkc(value))
    return normalised.translate(_HIRAGANA_TO_KATAKANA)
