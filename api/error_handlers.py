"""Map every exception that reaches FastAPI onto problem+json; no stack trace ever leaves."""

from __future__ import annotations

from typing import Any

import asyncpg
import structlog
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm.exc import ObjectDeletedError, StaleDataError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.errors import (
    PROBLEM_MEDIA_TYPE,
    AppError,
    BadRequest,
    Conflict,
    FieldError,
    InternalError,
    Problem,
    ServiceUnavailable,
    ValidationFailed,
    problem_type,
)
from api.kit.cross_field import located
from api.logs import current_request_id
from api.media_types import unsupported_media_type
from api.unique_keys import unique_key_error

log = structlog.get_logger(__name__)

_HTTP_CODES = {
    400: ("request.bad", "Bad request"),
    404: ("http.not_found", "Not found"),
    405: ("http.method_not_allowed", "Method not allowed"),
    406: ("http.not_acceptable", "Not acceptable"),
    413: ("request.too_large", "Request too large"),
    415: ("http.unsupported_media_type", "Unsupported media type"),
}


def problem_response(problem: Problem, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(
        problem.model_dump(mode="json"),
        status_code=problem.status,
        media_type=PROBLEM_MEDIA_TYPE,
        headers=headers,
    )


async def _app_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, AppError)
    return problem_response(exc.to_problem(current_request_id()), exc.headers)


def _field_errors(errors: Any) -> list[FieldError]:
    # Never echo `input`: it may hold a password or 本人確認番号.
    return [
        FieldError(
            loc=located(error.get("loc", ()), error.get("ctx")),
            code=str(error.get("type", "invalid")),
            message=str(error.get("msg", "")),
        )
        for error in errors
    ]


async def request_validation_response(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    if (wrong_type := unsupported_media_type(request)) is not None:
        return problem_response(wrong_type.to_problem(current_request_id()))
    errors = _field_errors(exc.errors())
    if any(error.code == "json_invalid" for error in errors):
        error: AppError = BadRequest("The request body is not valid JSON.", errors=errors)
    else:
        error = ValidationFailed("The request has invalid fields; see errors.", errors=errors)
    return problem_response(error.to_problem(current_request_id()))


def http_problem_response(
    status: int, detail: str | None = None, headers: dict[str, str] | None = None
) -> JSONResponse:
    code, title = _HTTP_CODES.get(status, (f"http.{status}", "HTTP error"))
    problem = Problem(
        type=problem_type(code),
        title=title,
        status=status,
        detail=detail or title,
        code=code,
        request_id=current_request_id(),
    )
    return problem_response(problem, headers)


async def _http_exception(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    detail = str(exc.detail) if exc.detail else None
    return http_problem_response(
        exc.status_code, detail, dict(exc.headers) if exc.headers else None
    )


_DISCONNECTS = (
    OSError,
    asyncpg.exceptions.ConnectionDoesNotExistError,
    asyncpg.exceptions.AdminShutdownError,
    asyncpg.exceptions.CannotConnectNowError,
    asyncpg.exceptions.ConnectionFailureError,
    # During a failover: no node takes writes yet, or a pooled connection's node was demoted.
    asyncpg.exceptions.TargetServerAttributeNotMatched,
    asyncpg.exceptions.ReadOnlySQLTransactionError,
)


def _database_unreachable(exc: BaseException) -> bool:
    """The database went away (restart, failover, network): worth retrying, not a bug."""
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    seen: BaseException | None = exc
    for _ in range(8):
        if seen is None:
            return False
        if isinstance(seen, _DISCONNECTS):
            return True
        seen = getattr(seen, "orig", None) or seen.__cause__
    return False


def _caused_by(exc: BaseException, kinds: tuple[type[BaseException], ...]) -> bool:
    seen: BaseException | None = exc
    for _ in range(8):
        if seen is None:
            return False
        if isinstance(seen, kinds):
            return True
        seen = getattr(seen, "orig", None) or seen.__cause__
    return False


def _refused_value(exc: BaseException) -> bool:
    """PostgreSQL refused a value (a NUL character, an out-of-range number …) that the
    schemas let through: the request is at fault, and nothing was written."""
    return _caused_by(exc, (asyncpg.exceptions.DataError,))


# Two transactions crossed: nothing of this request was written. One removed a row the other
# refers to (sending it again meets the world as it is now), or they waited on each other
# (sending it again succeeds: a retry, like a database restart).
_REFERENCE_GONE = (asyncpg.exceptions.ForeignKeyViolationError,)
_WAITED_ON_EACH_OTHER = (
    asyncpg.exceptions.DeadlockDetectedError,
    asyncpg.exceptions.SerializationError,
)


async def _crossed(request: Request, exc: Exception) -> JSONResponse:
    """A row this request read was removed (or one it refers to) by another request that
    committed first: the PATCH of a site being deleted, a worker added to a business being
    deleted. Its transaction rolls back; a retry meets the world as it is now (often a 404)."""
    log.info("request_crossed", path=request.url.path, error=type(exc).__name__)
    crossed = Conflict(
        "Another request removed or changed a record this one uses at the same moment; "
        "nothing was saved. Reload and send it again."
    )
    return problem_response(crossed.to_problem(current_request_id()))


async def _database_error(request: Request, exc: Exception) -> JSONResponse:
    taken = unique_key_error(exc)
    if taken is not None:
        log.info("unique_key_raced", path=request.url.path, code=taken.code)
        return problem_response(taken.to_problem(current_request_id()))
    if _caused_by(exc, _REFERENCE_GONE):
        return await _crossed(request, exc)
    if _caused_by(exc, _WAITED_ON_EACH_OTHER):
        log.info("transactions_deadlocked", path=request.url.path)
        busy = ServiceUnavailable("Another request held the same records; send it again.")
        return problem_response(busy.to_problem(current_request_id()), {"Retry-After": "1"})
    if _refused_value(exc):
        log.warning("database_refused_value", path=request.url.path, error=type(exc).__name__)
        # PostgreSQL does not say which value; the field error says where to look.
        where = "query" if request.method in ("GET", "HEAD", "DELETE") else "body"
        message = "A value cannot be stored (e.g. a NUL character or a number out of range)"
        refused = ValidationFailed(
            f"{message}.",
            errors=[FieldError(loc=[where], code="value.unstorable", message=message)],
        )
        return problem_response(refused.to_problem(current_request_id()))
    if not _database_unreachable(exc):
        return await _unexpected(request, exc)
    log.warning(
        "database_unavailable",
        path=request.url.path,
        method=request.method,
        error=type(exc).__name__,
    )
    error = ServiceUnavailable("The database is briefly unavailable; send the request again.")
    # Nothing was committed: a retry of the same request is safe.
    return problem_response(error.to_problem(current_request_id()), {"Retry-After": "2"})


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled_exception", path=request.url.path, method=request.method)
    error = InternalError("An unexpected error occurred. It has been logged with the request id.")
    return problem_response(error.to_problem(current_request_id()))


class UnexpectedErrorMiddleware:
    """Answer any exception the handlers did not map with a 500 problem, inside the request's
    context (so it carries the request id), and swallow it: Starlette's outermost handler would
    answer without the id and re-raise, and the server then drops the keep-alive connection."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as exc:
            if started:
                raise  # half an answer is out: only closing the connection can tell the client
            response = await _unexpected(Request(scope), exc)
            await response(scope, receive, send)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(AppError, _app_error)
    app.add_exception_handler(RequestValidationError, request_validation_response)
    app.add_exception_handler(StarletteHTTPException, _http_exception)
    app.add_exception_handler(DBAPIError, _database_error)
    app.add_exception_handler(OSError, _database_error)
    app.add_exception_handler(StaleDataError, _crossed)
    app.add_exception_handler(ObjectDeletedError, _crossed)
    # Innermost of the middleware: everything unmapped becomes a 500 with the request id.
    app.add_middleware(UnexpectedErrorMiddleware)
