"""mutmut on the modules whose logic is pure Python ([tool.mutmut] in pyproject.toml), and its
results read back per module, with the allow-list of equivalent mutants applied."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from tools.mutants.patches import FOLDER, ROOT

WORK = ROOT / "mutants"
LOG = WORK / "run.log"
ALLOW_LIST = FOLDER / "equivalent.toml"
THRESHOLD = 80.0
DETECTED = {"killed", "timeout", "caught by type check"}


def modules(root: Path = ROOT) -> list[str]:
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    listed: list[str] = config["tool"]["mutmut"]["only_mutate"]
    return listed


def run(max_children: int, *, fresh: bool) -> int:
    """mutmut's exit status; its chatter (a spinner per mutant) goes to mutants/run.log.
    Fresh by default: mutmut's cache keeps verdicts across test changes it cannot see."""
    if fresh:
        shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(exist_ok=True)
    mutmut = Path(sys.executable).with_name("mutmut")
    with LOG.open("w") as log:
        return subprocess.run(
            [str(mutmut), "run", "--max-children", str(max_children)],
            check=False,
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
        ).returncode


@dataclass(frozen=True)
class Equivalent:
    name: str
    change: str
    reason: str


def allow_list(path: Path = ALLOW_LIST) -> list[Equivalent]:
    if not path.exists():
        return []
    entries = tomllib.loads(path.read_text(encoding="utf-8")).get("mutant", [])
    return [Equivalent(e["name"], e["change"], e["reason"]) for e in entries]


@dataclass
class ModuleScore:
    path: str
    statuses: Counter[str] = field(default_factory=Counter)
    survivors: list[tuple[str, str]] = field(default_factory=list)
    equivalent: list[Equivalent] = field(default_factory=list)

    @property
    def detected(self) -> int:
        return sum(self.statuses[status] for status in DETECTED)

    @property
    def counted(self) -> int:
        """Every mutant but the skipped ones and the equivalent ones."""
        return self.statuses.total() - self.statuses["skipped"] - len(self.equivalent)

    @property
    def score(self) -> float:
        return 100.0 * self.detected / self.counted if self.counted else 100.0


@dataclass
class PureResults:
    modules: list[ModuleScore]
    diffs: dict[str, str]
    stale: list[tuple[Equivalent, str]]

    @property
    def detected(self) -> int:
        return sum(module.detected for module in self.modules)

    @property
    def counted(self) -> int:
        return sum(module.counted for module in self.modules)

    @property
    def score(self) -> float:
        return 100.0 * self.detected / self.counted if self.counted else 100.0


def changed_lines(diff: str) -> list[str]:
    return [line[1:].strip() for line in diff.splitlines() if line.startswith(("-", "+"))][2:]


def read(root: Path = ROOT) -> PureResults:
    from mutmut.mutation.diff_apply import get_diff_for_mutant
    from mutmut.stats import status_by_exit_code

    allowed = {entry.name: entry for entry in allow_list()}
    used: set[str] = set()
    scores: list[ModuleScore] = []
    diffs: dict[str, str] = {}
    stale: list[tuple[Equivalent, str]] = []
    for path in modules(root):
        meta = root / "mutants" / f"{path}.meta"
        if not meta.exists():
            raise FileNotFoundError(f"mutmut left no results for {path} ({meta})")
        exit_codes: dict[str, int | None] = json.loads(meta.read_text())["exit_code_by_key"]
        score = ModuleScore(path)
        for name, exit_code in sorted(exit_codes.items(), key=lambda item: _order(item[0])):
            status = status_by_exit_code[exit_code]
            if status in DETECTED or status == "skipped":
                score.statuses[status] += 1
                continue
            diff = get_diff_for_mutant(name, path=path)
            entry = allowed.get(name)
            if entry and status == "survived" and entry.change.strip() in changed_lines(diff):
                score.equivalent.append(entry)
                used.add(name)
            else:
                if entry:
                    stale.append((entry, f"now {status}, its change is not `{entry.change}`"))
                    used.add(name)
                score.survivors.append((name, status))
                diffs[name] = diff
            score.statuses[status] += 1
        scores.append(score)
    stale += [(e, "no such surviving mutant") for n, e in allowed.items() if n not in used]
    return PureResults(scores, diffs, stale)


def _order(name: str) -> tuple[str, int]:
    function, _, number = name.rpartition("_")
    return function, int(number) if number.isdigit() else 0
