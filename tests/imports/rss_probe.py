"""Run by test_sheet_limits in a child process: read files the way the import worker does,
under an address-space cap, and print the code it was refused with and how much the process
grew. A reader that materialises a bomb dies here instead of in the test run."""

from __future__ import annotations

import json
import resource
import sys
from pathlib import Path

from api.imports.reader import UnreadableFile, read_sheet
from api.imports.sheet_limits import SheetLimits

HEADROOM = 1024 * 1024 * 1024


def _virtual_bytes() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmSize:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError("no VmSize")


def main() -> None:
    limits = SheetLimits(**json.loads(sys.argv[1]))
    files = [Path(name).read_bytes() for name in sys.argv[2:]]
    cap = _virtual_bytes() + HEADROOM
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    codes: list[str | None] = []
    for content in files:
        try:
            read_sheet(content, limits)
            codes.append(None)
        except UnreadableFile as error:
            codes.append(error.code)
    grown_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    sys.stdout.write(json.dumps({"codes": codes, "grown_mb": grown_kb / 1024}) + "\n")


if __name__ == "__main__":
    main()
