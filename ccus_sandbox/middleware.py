"""Faults around every /v1 call: before it (nothing applied) or after it (applied, and the
answer lost — the case only an idempotency key kept across retries makes safe)."""

from __future__ import annotations

import asyncio
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ccus_sandbox.faults import FaultInjector
from ccus_sandbox.state import SandboxState


class FaultMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope.get("path", "")
        if scope["type"] != "http" or not path.startswith("/v1/"):
            await self.app(scope, receive, send)
            return
        sandbox: SandboxState = scope["app"].state.sandbox
        faults: FaultInjector = scope["app"].state.faults
        sandbox.requests[path.split("/")[2]] += 1
        replaced = await faults.check()
        if replaced is not None:
            await replaced(scope, receive, send)
            return
        lost = faults.lost_answer(scope["method"], path)
        if lost is None:
            await self.app(scope, receive, send)
            return
        answer: list[Message] = []

        async def hold(message: Message) -> None:
            answer.append(message)

        await self.app(scope, receive, hold)  # applied: CCUS has it now
        sandbox.answers_lost[lost] += 1
        if lost == "timeout":
            # Past the caller's timeout: it has given up and retries before this arrives.
            await asyncio.sleep(faults.faults.timeout_seconds)
            for message in answer:
                await send(message)
            return
        await _reset(receive)


async def _reset(receive: Receive) -> None:
    """Close the connection without a byte of answer. uvicorn's `receive` is bound to the
    request cycle that holds the connection's transport; ASGI itself has no way to say this."""
    transport: Any = getattr(getattr(receive, "__self__", None), "transport", None)
    if transport is None or not hasattr(transport, "abort"):
        raise ConnectionResetError("applied, answer lost (no transport to reset in process)")
    transport.abort()
    while (await receive())["type"] != "http.disconnect":
        pass
