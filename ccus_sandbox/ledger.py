"""Applications per natural key — the one thing CCUS holds a record of (a work day: site ×
worker × date; a structure entry: site × business × worker) — whatever idempotency key they
came with. Counting per key alone cannot see a record sent again under a fresh key.

An application is a duplicate when CCUS already holds exactly what it brings for that natural
key: a retry that minted a new key. A legitimate re-send after an edit brings something else
(other times, another occupation, a deletion, or back to an earlier state after an edit)."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Applications:
    applied: int = 0
    replayed: int = 0
    keys: list[str] = field(default_factory=list)
    held: str | None = None


@dataclass
class Ledger:
    by_natural_key: dict[str, Applications] = field(default_factory=dict)
    duplicates: Counter[str] = field(default_factory=Counter)

    def _entry(self, natural_key: str) -> Applications:
        return self.by_natural_key.setdefault(natural_key, Applications())

    def applied(self, natural_key: str, key: str, content: dict[str, Any]) -> None:
        entry = self._entry(natural_key)
        held = json.dumps(content, sort_keys=True, default=str)
        if entry.held == held:
            self.duplicates[natural_key] += 1
        entry.applied += 1
        entry.keys.append(key)
        entry.held = held

    def replayed(self, natural_key: str) -> None:
        self._entry(natural_key).replayed += 1

    def applied_twice(self) -> list[str]:
        return sorted(self.duplicates)
