"""R4: schemathesis over every operation with valid credentials: no server errors, no response
that breaks the schema."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx

from bench.api_process import running_api
from bench.harness import servers, stack
from bench.setup import PASSWORD, build_world

CHECKS = "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance"


def _schemathesis(
    url: str, headers: list[str], examples: int, extra: list[str]
) -> subprocess.CompletedProcess[str]:
    st = Path(sys.executable).with_name("st")
    argv = [
        str(st),
        "run",
        f"{url}/openapi.json",
        "--checks",
        CHECKS,
        "--max-examples",
        str(examples),
        "--seed",
        "1",
        "--workers",
        "2",
    ]
    for header in headers:
        argv += ["-H", header]
    return subprocess.run(
        [*argv, *extra], check=False, capture_output=True, text=True, timeout=1800
    )


def main(examples: int = 10) -> dict[str, Any]:
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
        staff = _schemathesis(
            url,
            [f"Authorization: Bearer {token}"],
            examples,
            ["--exclude-path-regex", "^/api/v1/(terminal|auth/token)"],
        )
        terminal = _schemathesis(
            url,
            [f"X-API-Key: {terminal_key}"],
            examples,
            ["--include-path-regex", "^/api/v1/terminal/"],
        )
    return {
        "staff_ok": staff.returncode == 0,
        "terminal_ok": terminal.returncode == 0,
        "staff_output": staff.stdout,
        "terminal_output": terminal.stdout,
    }
