"""R4: schemathesis over every operation as an admin and as a terminal key, in its coverage,
fuzzing and stateful phases: no server error, no answer that breaks its schema, and every other
check that fails is one documented as intended (reliability/fuzz_expected.py)."""

from __future__ import annotations

import asyncio

import httpx

from bench.api_process import running_api
from bench.harness import servers, stack
from bench.setup import PASSWORD, build_world
from reliability.fuzz_campaign import Campaign
from reliability.fuzz_run import REDUCED, Size, schemathesis

# The operations that change the fuzzing admin's own account (password, role, deactivation,
# its sessions) and so its token: fuzzed last, in a campaign of their own, so the rest keeps its
# credentials.
SELF = ("update_user", "change_password", "revoke_my_session", "revoke_user_sessions")


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
        admin = [f"Authorization: Bearer {token}"]
        return {
            "admin": schemathesis(
                url,
                "admin",
                admin,
                size,
                ["--exclude-path-regex", "^/api/v1/(terminal|auth/token)"]
                + [argument for name in SELF for argument in ("--exclude-operation-id", name)],
            ),
            "admin-own-account": schemathesis(
                url,
                "admin-own-account",
                admin,
                size,
                [argument for name in SELF for argument in ("--include-operation-id", name)],
            ),
            "terminal": schemathesis(
                url,
                "terminal",
                [f"X-API-Key: {terminal_key}"],
                size,
                ["--include-path-regex", "^/api/v1/terminal/"],
            ),
        }
