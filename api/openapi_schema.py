"""Shape the generated OpenAPI document: stable operation ids, problem+json errors, examples."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute

from api.openapi_examples import add_examples
from api.openapi_problems import typed_bodies, use_problem_json
from api.webhooks.openapi import add_webhooks


def operation_id(route: APIRoute) -> str:
    """The handler's name, e.g. `list_branches`; unique across the app (checked in tests)."""
    return route.name


def build_openapi(app: FastAPI) -> dict[str, Any]:
    if app.openapi_schema:
        return app.openapi_schema
    schema = get_openapi(
        title=app.title,
        version=app.version,
        summary=app.summary,
        description=app.description,
        routes=app.routes,
        tags=app.openapi_tags,
    )
    use_problem_json(schema, typed_bodies(app))
    add_webhooks(schema)
    add_examples(schema)
    app.openapi_schema = schema
    return schema
