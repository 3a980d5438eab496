"""A body sent with the wrong Content-Type (text/plain, a form, none) is answered 415 naming the
type the operation reads, not a 422 saying the body "should be a valid dictionary": FastAPI
reads a JSON body only under a JSON type, and a form only under a form type."""

from __future__ import annotations

from fastapi import params
from starlette.requests import Request

from api.errors import UnsupportedMediaType, field_error

_FORM = ("application/x-www-form-urlencoded", "multipart/form-data")


def _json(media_type: str) -> bool:
    return media_type == "application/json" or (
        media_type.startswith("application/") and media_type.endswith("+json")
    )


def unsupported_media_type(request: Request) -> UnsupportedMediaType | None:
    """For a request whose body failed validation: the 415 if it came in a type the route does
    not read. An empty body is left to the validation error (the body is missing)."""
    body_field = getattr(request.scope.get("route"), "body_field", None)
    has_body = request.headers.get("content-length", "0") != "0" or (
        "transfer-encoding" in request.headers
    )
    if body_field is None or not has_body:
        return None
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if isinstance(body_field.field_info, params.Form):
        if media_type in _FORM:
            return None
        wanted = " or ".join(_FORM)
    else:
        if _json(media_type):
            return None
        wanted = "application/json"
    message = f"Send the body as {wanted}"
    return UnsupportedMediaType(
        f"{message}; it came as {media_type or 'no Content-Type'}.",
        errors=[field_error(["header", "content-type"], UnsupportedMediaType.code, message)],
    )
