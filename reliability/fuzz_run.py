"""One schemathesis run against the API at `url`, read back from its JSON report (how many cases)
and its NDJSON report (every failing check with the answer that failed it)."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from reliability.fuzz_campaign import Campaign
from reliability.fuzz_events import failures


@dataclass(frozen=True)
class Size:
    examples: int
    phases: str
    timeout: int


# `make reliability`: every phase at 120 examples per operation, over 10,000 cases in all.
FULL = Size(examples=120, phases="examples,coverage,fuzzing,stateful", timeout=5400)
# `make test`: the coverage phase's hundreds of boundary cases per operation are left to the
# full run; the stateful phase stays, it alone chains operations through their links.
REDUCED = Size(examples=3, phases="examples,fuzzing,stateful", timeout=600)


def schemathesis(url: str, who: str, headers: list[str], size: Size, extra: list[str]) -> Campaign:
    st = Path(sys.executable).with_name("st")
    with tempfile.TemporaryDirectory(prefix="genba-r4-") as scratch:
        report, events = Path(scratch) / "report.json", Path(scratch) / "events.ndjson"
        argv = [
            str(st),
            "run",
            f"{url}/openapi.json",
            *("--phases", size.phases, "--checks", "all"),
            *("--max-examples", str(size.examples), "--seed", "1", "--workers", "2"),
            *("--no-color", "--generation-database", "none", "--report", "json,ndjson"),
            *("--report-json-path", str(report), "--report-ndjson-path", str(events)),
        ]
        for header in headers:
            argv += ["-H", header]
        process = subprocess.run(
            [*argv, *extra], check=False, capture_output=True, text=True, timeout=size.timeout
        )
        campaign = Campaign(who=who, output=process.stdout + process.stderr)
        if not report.exists() or not events.exists():
            campaign.errors.append(f"no report (exit {process.returncode})")
            return campaign
        document = json.loads(report.read_text())
        campaign.failures = Counter(failures(events))
    campaign.complete = bool(document["complete"])
    campaign.cases = int(document["test_cases"]["generated"])
    campaign.errors = [f"{error['title']} ×{error['count']}" for error in document["errors"]]
    return campaign
