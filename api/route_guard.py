"""Methods and query strings checked against the route table before any endpoint runs.

- A path that names a resource but not with this method answers 405 with every method the
  path has in `Allow` (FastAPI keeps one route per method, so its own 405 named only the first;
  and an unknown method fell through to the SPA's catch-all). OPTIONS answers 204 with `Allow`.
- A concrete path wins over a template (`/attendance/bulk` over `/attendance/{id}`), as OpenAPI
  says: PATCH /attendance/bulk is a 405, not an id that fails to parse.
- Boolean, date and time query parameters must be written strictly (api/kit/strict.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from re import Pattern
from typing import Any

from fastapi.exceptions import RequestValidationError
from fastapi.routing import iter_route_contexts
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute
from starlette.types import ASGIApp, Receive, Scope, Send

from api.error_handlers import http_problem_response, request_validation_response
from api.kit.strict import query_errors, query_kinds

# The SPA's catch-all (api/spa.py) is a fallback for client routes, never a resource.
SPA_ROUTE_NAME = "spa"
# Paths the SPA never owns: an unknown one is a problem+json 404 whatever the method.
SERVER_PREFIXES = ("api/", "healthz", "readyz", "metrics", "docs", "redoc", "openapi.json")


@dataclass(frozen=True)
class _Entry:
    prefix: str
    regex: Pattern[str]
    specificity: int  # path parameters in the template: fewer is more concrete
    methods: frozenset[str]
    query_kinds: dict[str, str]


def _index(routes: Sequence[BaseRoute]) -> list[_Entry]:
    entries = []
    for context in iter_route_contexts(routes):
        methods = context.methods
        path_format = context.path_format
        if not methods or path_format is None or context.name == SPA_ROUTE_NAME:
            continue
        dependant: Any = getattr(context, "dependant", None)
        entries.append(
            _Entry(
                prefix=path_format.split("{", 1)[0],
                regex=context.path_regex,
                specificity=path_format.count("{"),
                methods=frozenset(methods),
                query_kinds=query_kinds(dependant) if dependant is not None else {},
            )
        )
    return entries


def _allow(methods: set[str]) -> str:
    return ", ".join(sorted(methods | {"OPTIONS"}))


def _bucket(path: str) -> str:
    """The first three segments ("/api/v1/sites"): a request is matched within its bucket."""
    return "/".join(path.split("/", 4)[:4])


def _buckets(entries: list[_Entry]) -> dict[str, list[_Entry]]:
    buckets: dict[str, list[_Entry]] = {}
    anywhere = []  # a template inside the first three segments could match any bucket
    for entry in entries:
        segments = entry.prefix.split("/")
        if entry.specificity == 0 or len(segments) > 4:
            buckets.setdefault(_bucket(entry.prefix), []).append(entry)
        else:
            anywhere.append(entry)
    for bucket in buckets.values():
        bucket.extend(anywhere)
    buckets[""] = anywhere
    return buckets


class RouteGuardMiddleware:
    def __init__(self, app: ASGIApp, *, routes: Sequence[BaseRoute]) -> None:
        self.app = app
        self.routes = routes
        self.buckets: dict[str, list[_Entry]] | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.buckets is None:  # the route table is complete by the first request
            self.buckets = _buckets(_index(self.routes))
        path: str = scope["path"]
        candidates = self.buckets.get(_bucket(path), self.buckets[""])
        matching = [
            entry
            for entry in candidates
            if path.startswith(entry.prefix) and entry.regex.match(path)
        ]
        if not matching:
            if path[1:].startswith(SERVER_PREFIXES):
                await http_problem_response(404)(scope, receive, send)
                return
            await self.app(scope, receive, send)  # a client route of the SPA
            return
        concrete = min(entry.specificity for entry in matching)
        best = [entry for entry in matching if entry.specificity == concrete]
        methods: set[str] = set().union(*(entry.methods for entry in best))
        method: str = scope["method"]
        if method == "OPTIONS" and method not in methods:
            await Response(status_code=204, headers={"Allow": _allow(methods)})(
                scope, receive, send
            )
            return
        if method not in methods:
            allow = _allow(methods)
            refused = http_problem_response(405, f"This path allows {allow}.", {"Allow": allow})
            await refused(scope, receive, send)
            return
        kinds = {
            k: v for entry in best if method in entry.methods for k, v in entry.query_kinds.items()
        }
        errors = query_errors(kinds, scope.get("query_string", b""))
        if errors:
            refused = await request_validation_response(
                Request(scope), RequestValidationError(errors)
            )
            await refused(scope, receive, send)
            return
        await self.app(scope, receive, send)
