"""The CCUS error catalogue (data/ccus/error_catalogue.csv): what each code means and what
staff should do about it. The sandbox reads the same file."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

CATALOGUE_FILE = Path(__file__).resolve().parents[2] / "data" / "ccus" / "error_catalogue.csv"


@dataclass(frozen=True)
class CatalogueEntry:
    code: str
    kind: str
    retryable: bool
    confidence: str
    message: str
    advice: str


@lru_cache(maxsize=1)
def catalogue() -> dict[str, CatalogueEntry]:
    with CATALOGUE_FILE.open(encoding="utf-8") as handle:
        return {
            row["code"]: CatalogueEntry(
                code=row["code"],
                kind=row["kind"],
                retryable=row["retryable"] == "true",
                confidence=row["confidence"],
                message=row["message"],
                advice=row["advice"],
            )
            for row in csv.DictReader(handle)
        }


# Which entity's CCUS ID (or 本人確認番号) a refusal names: fixing that entity sends the refused
# records again (requeue_for_fix).
FIX_TARGETS = {
    "worker": frozenset({"DATK0408E"}),
    "business": frozenset({"DATK0402E"}),
    "site": frozenset({"DATK0401E", "DATK0409E", "DATK0411E", "DATE0404E"}),
}


def advice_for(code: str | None) -> str | None:
    entry = catalogue().get(code or "")
    return entry.advice if entry else None


def local_message(code: str) -> str:
    return catalogue()[code].message
