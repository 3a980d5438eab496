"""Request-body limits enforced while the body is read, before authentication or parsing.

Each route class has its own limit (JSON by default, the terminal batch, spreadsheet uploads).
A declared Content-Length over the limit is answered at once without reading a byte; a body
without one (chunked) is counted chunk by chunk and refused as soon as it passes the limit.
Either way the answer is 413 problem+json, and whatever the application would have answered
after the refusal is dropped."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.config import Settings
from api.error_handlers import problem_response
from api.errors import PayloadTooLarge
from api.logs import current_request_id

TERMINAL_EVENTS_PATH = "/api/v1/terminal/events"
UPLOAD_PATH = "/api/v1/imports"


class RequestBodyTooLarge(PayloadTooLarge):
    code = "request.body_too_large"
    title = "The request body is larger than this endpoint accepts"


class _Refused(Exception):
    """Raised into the application when its body passes the limit mid-read."""


@dataclass(frozen=True)
class BodyLimits:
    json: int
    terminal: int
    upload: int

    @classmethod
    def from_settings(cls, settings: Settings) -> BodyLimits:
        return cls(
            json=settings.request_max_bytes,
            terminal=settings.terminal_request_max_bytes,
            upload=settings.upload_request_max_bytes,
        )

    def for_path(self, path: str) -> int:
        path = path.rstrip("/")  # the router redirects a trailing slash; keep its class
        if path == TERMINAL_EVENTS_PATH:
            return self.terminal
        if path == UPLOAD_PATH:
            return self.upload
        return self.json


def _declared_length(scope: Scope) -> int | None:
    for name, value in scope["headers"]:
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None  # The server refuses a malformed length itself.
    return None


async def _refuse(send: Send, limit: int) -> None:
    error = RequestBodyTooLarge(f"The request body exceeds {limit:,} bytes.")
    response = problem_response(error.to_problem(current_request_id()), {"Connection": "close"})
    await send(
        {
            "type": "http.response.start",
            "status": response.status_code,
            "headers": response.raw_headers,
        }
    )
    await send({"type": "http.response.body", "body": response.body})


class BodyLimitMiddleware:
    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.limits = BodyLimits.from_settings(settings)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limits.for_path(scope["path"])
        declared = _declared_length(scope)
        if declared is not None and declared > limit:
            await _refuse(send, limit)
            return
        received = 0
        started = refused = False

        async def counted_receive() -> Message:
            nonlocal received, refused
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    refused = True
                    if not started:
                        await _refuse(send, limit)
                    raise _Refused
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if refused:
                return
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        with suppress(_Refused):
            await self.app(scope, counted_receive, guarded_send)
