"""Small files with one job: no source file over 400 lines, and a median under 80 lines in every
folder, counted over what git tracks so a new file is checked the day it is committed."""

from __future__ import annotations

import subprocess
from collections import defaultdict
from pathlib import Path, PurePosixPath
from statistics import median

ROOT = Path(__file__).resolve().parents[1]
MAX_LINES = 400
MAX_MEDIAN = 80
# Everything written and changed by hand as code; stylesheets and shell scripts too, since they
# grow the same way. Data and prose (json, csv, md, toml) are not counted.
SOURCE = (".py", ".ts", ".tsx", ".css", ".sh")
NOT_COUNTED = {"frontend/src/api/schema.d.ts": "generated from openapi/openapi.json"}
# Applied migrations are history that databases already ran; they stay as written. A new
# migration over the cap is split instead, so only these two are exempt from it.
OVER_THE_CAP = {
    "migrations/versions/2026-11-25-0454_registry.py": "applied migration",
    "migrations/versions/2026-11-25-0522_sites_attendance.py": "applied migration",
}
NO_MEDIAN = {"migrations/versions": "one file per schema change, sized by the change"}
# Debt, bounded: a folder over the median may be recorded here with its median on the day it
# merged; it may not grow past it until split, and an entry whose folder is back under the
# limit fails too, so the list only shrinks. Emptied by issue 13's splits; bench/ came back
# over with issue 18's cluster benchmarks (P6, P8: seeding, fleet, rounds), to be split.
MEDIAN_DEBT: dict[str, float] = {"bench": 84}


def line_counts() -> dict[str, int]:
    command = ["git", "ls-files", "-z", "--", *(f"*{ext}" for ext in SOURCE)]
    listed = subprocess.run(command, cwd=ROOT, capture_output=True, check=True, text=True)
    return {
        name: 0 if name.endswith("__init__.py") else _lines(ROOT / name)
        for name in listed.stdout.split("\0")
        if name and name not in NOT_COUNTED and (ROOT / name).is_file()
    }


def _lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def oversized(counts: dict[str, int]) -> list[str]:
    return [
        f"{name}: {lines} lines"
        for name, lines in sorted(counts.items())
        if lines > MAX_LINES and name not in OVER_THE_CAP
    ]


def crowded(counts: dict[str, int]) -> list[str]:
    folders: dict[str, list[int]] = defaultdict(list)
    for name, lines in counts.items():
        folders[PurePosixPath(name).parent.as_posix()].append(lines)
    problems = []
    for folder, sizes in sorted(folders.items()):
        middle = median(sizes)
        if folder in NO_MEDIAN:
            continue
        if folder in MEDIAN_DEBT:
            if middle > MEDIAN_DEBT[folder]:
                problems.append(f"{folder}/: median {middle:g}, over its recorded debt")
            elif middle < MAX_MEDIAN:
                problems.append(f"{folder}/: median {middle:g}, drop it from MEDIAN_DEBT")
        elif middle >= MAX_MEDIAN:
            problems.append(f"{folder}/: median {middle:g} lines over {len(sizes)} files")
    return problems


def test_no_source_file_is_over_the_cap() -> None:
    problems = oversized(line_counts())
    assert not problems, f"over {MAX_LINES} lines:\n" + "\n".join(problems)


def test_every_folder_keeps_its_median_under_the_limit() -> None:
    problems = crowded(line_counts())
    assert not problems, f"median not under {MAX_MEDIAN} lines:\n" + "\n".join(problems)


def test_the_rules_see_what_they_must() -> None:
    assert "tests/conftest.py" in line_counts()
    exempt = dict.fromkeys(OVER_THE_CAP, 999)
    assert oversized({"a/big.py": 401, "a/ok.py": 400} | exempt) == ["a/big.py: 401 lines"]
    counts = {"a/__init__.py": 0, "a/x.py": 79, "a/y.py": 90, "b/x.py": 80, "c.py": 500}
    assert crowded(counts | {"migrations/versions/v.py": 300}) == [
        "./: median 500 lines over 1 files",
        "b/: median 80 lines over 1 files",
    ]
