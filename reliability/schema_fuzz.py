"""R4: schemathesis over every operation as an admin and as a terminal key, in its coverage,
fuzzing and stateful phases: no server error, no answer that breaks its schema, and every other
check that fails is one documented as intended (reliability/fuzz_expected.py)."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from bench.api_process import running_api
from bench.harness import servers, stack
from bench.setup import PASSWORD, build_world
from reliability.fuzz_expected import why

FULL_PHASES = "examples,coverage,fuzzing,stateful"
# `make test`: the coverage phase's hundreds of boundary cases per operation are left to the
# full run; the stateful phase stays, it alone chains operations through their links.
REDUCED_PHASES = "examples,fuzzing,stateful"
# Never let pass: a server error (ST1xx: not_a_server_error, ST103 response_schema_conformance…)
# or an answer outside its declared status codes, content types, headers or schema.
GATED_PREFIX = "ST1"
# The operations that change the fuzzing admin's own account (password, role, deactivation)
# and so its token: fuzzed last, in a campaign of their own, so the rest keeps its credentials.
SELF = ("update_user", "change_password")


@dataclass
class Campaign:
    who: str
    cases: int = 0
    # "code title" -> failing test cases (schemathesis's unique failures)
    failures: dict[str, int] = field(default_factory=dict)
    # code -> operations it failed on
    operations: dict[str, list[str]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    complete: bool = False
    output: str = ""

    @property
    def violations(self) -> list[str]:
        """Server errors and schema violations: never let pass."""
        return [
            check
            for check in self.failures
            if check.startswith(GATED_PREFIX) and why(check.split()[0], "*") is None
        ]

    @property
    def undocumented(self) -> list[str]:
        """Other failures without a reason in reliability/fuzz_expected.py."""
        return [
            f"{code} {operation}"
            for code, operations in self.operations.items()
            if not code.startswith(GATED_PREFIX) or why(code, "*") is not None
            for operation in operations
            if why(code, operation) is None
        ]

    @property
    def ok(self) -> bool:
        return self.complete and not self.violations and not self.undocumented and not self.errors

    def summary(self) -> dict[str, Any]:
        return {
            "who": self.who,
            "cases": self.cases,
            "failures": self.failures,
            "violations": self.violations,
            "undocumented": self.undocumented,
            "operations": self.operations,
            "errors": self.errors,
            "complete": self.complete,
            "ok": self.ok,
        }


@dataclass(frozen=True)
class Size:
    examples: int
    phases: str
    timeout: int


FULL = Size(examples=50, phases=FULL_PHASES, timeout=3600)
REDUCED = Size(examples=3, phases=REDUCED_PHASES, timeout=600)


def _schemathesis(url: str, who: str, headers: list[str], size: Size, extra: list[str]) -> Campaign:
    st = Path(sys.executable).with_name("st")
    with tempfile.TemporaryDirectory(prefix="genba-r4-") as scratch:
        report = Path(scratch) / "report.json"
        argv = [
            str(st),
            "run",
            f"{url}/openapi.json",
            "--phases",
            size.phases,
            "--checks",
            "all",
            "--max-examples",
            str(size.examples),
            "--seed",
            "1",
            "--workers",
            "2",
            "--no-color",
            "--generation-database",
            "none",
            "--report",
            "json",
            "--report-json-path",
            str(report),
        ]
        for header in headers:
            argv += ["-H", header]
        process = subprocess.run(
            [*argv, *extra], check=False, capture_output=True, text=True, timeout=size.timeout
        )
        campaign = Campaign(who=who, output=process.stdout + process.stderr)
        if not report.exists():
            campaign.errors.append(f"no report (exit {process.returncode})")
            return campaign
        document = json.loads(report.read_text())
    campaign.complete = bool(document["complete"])
    campaign.cases = int(document["test_cases"]["generated"])
    for group in document["failures"]:
        code = str(group.get("code") or group.get("type"))
        title = f"{code} {group.get('title', '')}".strip()
        campaign.failures[title] = campaign.failures.get(title, 0) + int(group["count"])
        campaign.operations.setdefault(code, []).extend(group.get("operations") or [])
    campaign.errors = [f"{error['title']} ×{error['count']}" for error in document["errors"]]
    return campaign


def main(size: Size = REDUCED) -> dict[str, Campaign]:
    with servers() as server_set, running_api(server_set) as url:

        async def prepare() -> tuple[str, str]:
            async with stack(server_set) as running:
                world = await build_world(running, sites=3, workers=20)
            async with httpx.AsyncClient(base_url=url) as client:
                token = await client.post(
                    "/api/v1/auth/token", data={"username": world.user_email, "password": PASSWORD}
                )
                return token.json()["access_token"], world.terminal_key

        token, terminal_key = asyncio.run(prepare())
        admin = _schemathesis(
            url,
            "admin",
            [f"Authorization: Bearer {token}"],
            size,
            ["--exclude-path-regex", "^/api/v1/(terminal|auth/token)"]
            + [argument for name in SELF for argument in ("--exclude-operation-id", name)],
        )
        own_account = _schemathesis(
            url,
            "admin-own-account",
            [f"Authorization: Bearer {token}"],
            size,
            [argument for name in SELF for argument in ("--include-operation-id", name)],
        )
        terminal = _schemathesis(
            url,
            "terminal",
            [f"X-API-Key: {terminal_key}"],
            size,
            ["--include-path-regex", "^/api/v1/terminal/"],
        )
    return {"admin": admin, "admin-own-account": own_account, "terminal": terminal}
