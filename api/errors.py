"""Every failure is an AppError with an HTTP status and a stable machine code, rendered as
RFC 9457 problem+json: {type, title, status, detail, code, errors[]}."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, ClassVar

from pydantic import BaseModel, Field

PROBLEM_MEDIA_TYPE = "application/problem+json"


class FieldError(BaseModel):
    loc: list[str | int] = Field(description="Where the problem is, e.g. ['body', 'phones', 1].")
    code: str = Field(description="Stable machine code of the field problem.")
    message: str


class Problem(BaseModel):
    type: str = Field(description="URI naming the problem type; derived from `code`.")
    title: str
    status: int
    detail: str
    code: str = Field(description="Stable machine code; clients choose their text by it.")
    errors: list[FieldError] = Field(default_factory=list)
    request_id: str | None = None


def problem_type(code: str) -> str:
    return f"urn:genba:problem:{code}"


class AppError(Exception):
    status_code: ClassVar[int] = 500
    code: ClassVar[str] = "server.error"
    title: ClassVar[str] = "Internal server error"
    headers: dict[str, str] | None = None

    def __init__(
        self,
        detail: str | None = None,
        *,
        errors: Sequence[FieldError] = (),
        headers: dict[str, str] | None = None,
    ) -> None:
        self.detail = detail or self.title
        self.errors = list(errors)
        if headers is not None:
            self.headers = headers
        super().__init__(self.detail)

    def to_problem(self, request_id: str | None = None) -> Problem:
        return Problem(
            type=problem_type(self.code),
            title=self.title,
            status=self.status_code,
            detail=self.detail,
            code=self.code,
            errors=self.errors,
            request_id=request_id,
        )


class BadRequest(AppError):
    status_code = 400
    code = "request.bad"
    title = "Bad request"


class Unauthorized(AppError):
    status_code = 401
    code = "auth.unauthorized"
    title = "Authentication required"
    headers = {"WWW-Authenticate": "Bearer"}  # noqa: RUF012 - read-only default


class Forbidden(AppError):
    status_code = 403
    code = "auth.forbidden"
    title = "Not permitted"


class NotFound(AppError):
    status_code = 404
    code = "resource.not_found"
    title = "Not found"


class Conflict(AppError):
    status_code = 409
    code = "resource.conflict"
    title = "Conflict"


class PayloadTooLarge(AppError):
    status_code = 413
    code = "request.too_large"
    title = "Request too large"


class UnsupportedMediaType(AppError):
    status_code = 415
    code = "request.unsupported_media_type"
    title = "The body is not in the media type this operation reads"


class ValidationFailed(AppError):
    """Input that parsed but breaks a rule; `errors` says which fields and why. A subclass about
    one field names it in `loc`, and is raised without `errors`: the field error is its own."""

    status_code = 422
    code = "request.validation"
    title = "Invalid input"
    loc: ClassVar[tuple[str, ...]] = ()

    def __init__(
        self,
        detail: str | None = None,
        *,
        errors: Sequence[FieldError] = (),
        headers: dict[str, str] | None = None,
    ) -> None:
        if not errors and self.loc:
            errors = [FieldError(loc=list(self.loc), code=self.code, message=self.title)]
        super().__init__(detail, errors=errors, headers=headers)


class TooManyRequests(AppError):
    status_code = 429
    code = "request.rate_limited"
    title = "Too many requests"


class ServiceUnavailable(AppError):
    status_code = 503
    code = "server.unavailable"
    title = "Service unavailable"


class InternalError(AppError):
    status_code = 500
    code = "server.internal"
    title = "Internal server error"


def field_error(loc: Iterable[str | int], code: str, message: str) -> FieldError:
    return FieldError(loc=list(loc), code=code, message=message)


def error_responses(*errors: type[AppError]) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses=` for an operation: one entry per status, listing every code."""
    by_status: dict[int, list[type[AppError]]] = {}
    for error in errors:
        by_status.setdefault(error.status_code, []).append(error)
    return {
        status: {
            "model": Problem,
            "description": "; ".join(f"`{error.code}`: {error.title}" for error in group),
        }
        for status, group in sorted(by_status.items())
    }
