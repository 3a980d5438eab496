"""CCUS error codes and their messages, from the catalogue the product reads as well."""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class CatalogueEntry:
    code: str
    kind: str
    retryable: bool
    message: str


class Catalogue:
    def __init__(self, entries: dict[str, CatalogueEntry]) -> None:
        self.entries = entries

    @classmethod
    def load(cls, path: Path) -> Catalogue:
        with path.open(encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        return cls(
            {
                row["code"]: CatalogueEntry(
                    row["code"], row["kind"], row["retryable"] == "true", row["message"]
                )
                for row in rows
            }
        )

    def message(self, code: str, **fields: Any) -> str:
        # Fields CCUS would fill but the request did not carry are left empty, not an error.
        return self.entries[code].message.format_map(defaultdict(str, fields))
