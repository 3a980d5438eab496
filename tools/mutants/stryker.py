"""The SPA's mutation score, read from Stryker's JSON report (`npm --prefix frontend run
mutants` writes it); this runner never starts Stryker itself."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from tools.mutants.patches import ROOT

REPORT = ROOT / "frontend" / "reports" / "mutation" / "mutation.json"
DETECTED = {"Killed", "Timeout"}
UNDETECTED = {"Survived", "NoCoverage"}  # CompileError, RuntimeError, Ignored: not counted


@dataclass(frozen=True)
class StrykerScore:
    detected: int
    undetected: int
    survivors: list[str]

    @property
    def counted(self) -> int:
        return self.detected + self.undetected

    @property
    def score(self) -> float:
        return 100.0 * self.detected / self.counted if self.counted else 100.0


def read(report: Path = REPORT) -> StrykerScore | None:
    if not report.exists():
        return None
    data = json.loads(report.read_text(encoding="utf-8"))
    detected = undetected = 0
    survivors: list[str] = []
    for file_name, file in sorted(data.get("files", {}).items()):
        for mutant in file.get("mutants", []):
            status = mutant.get("status")
            if status in DETECTED:
                detected += 1
            elif status in UNDETECTED:
                undetected += 1
                line = mutant.get("location", {}).get("start", {}).get("line", "?")
                replacement = mutant.get("replacement", "")
                survivors.append(
                    f"{file_name}:{line} {mutant.get('mutatorName', '?')} ({status}) {replacement}"
                )
    return StrykerScore(detected, undetected, survivors)
