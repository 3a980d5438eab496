"""The error answers every operation can give, in the OpenAPI document: problem+json bodies,
and the statuses no single endpoint declares (a database restart, a raced write, a body that is
not JSON or not in the media type the operation reads)."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.routing import iter_route_contexts

from api.errors import PROBLEM_MEDIA_TYPE

_PROBLEM_REF = "#/components/schemas/Problem"

_BAD_BODY = {"description": "`request.bad`: the body is not valid JSON (or form data)"}
_TOO_LARGE = "`request.body_too_large`: the body is larger than this endpoint accepts"
_CROSSED = (
    "`resource.conflict`: Conflict (another request removed or changed a record this one "
    "uses at the same moment, and nothing was saved)"
)
_WRITES = ("post", "put", "patch", "delete")
_WRONG_TYPE = {
    "description": "`request.unsupported_media_type`: The body is not in the media type this "
    "operation reads (its Content-Type)"
}
_UNAVAILABLE = {
    "description": "`server.unavailable`: briefly unavailable; retry after `Retry-After`"
}


def typed_bodies(app: FastAPI) -> set[str]:
    """Operations FastAPI parses the body of (by its media type): api/media_types.py answers
    415 for another type. The terminal's batch is read as JSON whatever its label."""
    return {
        context.name
        for context in iter_route_contexts(app.routes)
        if context.name and getattr(context.original_route, "body_field", None) is not None
    }


def use_problem_json(schema: dict[str, Any], typed_bodies: set[str]) -> None:
    for path_item in schema.get("paths", {}).values():
        for method, operation in path_item.items():
            responses = operation.setdefault("responses", {})
            # Every operation can meet a database restart; every body can be unparseable.
            responses.setdefault("503", dict(_UNAVAILABLE))
            if method in _WRITES:  # api/error_handlers.py: _crossed
                crossed = responses.setdefault("409", {"description": _CROSSED})
                if _CROSSED not in crossed["description"]:
                    crossed["description"] += f"; {_CROSSED}"
            if operation.get("operationId") in typed_bodies:
                responses.setdefault("415", dict(_WRONG_TYPE))
            if "requestBody" in operation:
                responses.setdefault("400", dict(_BAD_BODY))
                too_large = responses.setdefault("413", {"description": _TOO_LARGE})
                if _TOO_LARGE not in too_large["description"]:
                    too_large["description"] += f"; {_TOO_LARGE}"
            for status, response in responses.items():
                if not status.startswith(("4", "5")):
                    continue
                if status == "422":
                    response["description"] = response.get("description", "Validation error")
                    if response["description"] == "Validation Error":
                        response["description"] = "`request.validation`: Invalid input"
                response["content"] = {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": _PROBLEM_REF}}}
    components = schema.get("components", {}).get("schemas", {})
    for unused in ("HTTPValidationError", "ValidationError"):
        components.pop(unused, None)
