from __future__ import annotations

import hmac
from datetime import datetime
from typing import Literal

from fastapi import APIRouter, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from pydantic import Field
from redis.exceptions import RedisError
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from api.config import Environment, Settings
from api.errors import NotFound, ServiceUnavailable, error_responses
from api.kit.schemas import Schema
from api.operations.tasks import HEARTBEAT_KEY

router = APIRouter(tags=["operations"])


class Health(Schema):
    status: Literal["ok"] = "ok"


class Readiness(Schema):
    status: Literal["ok"] = "ok"
    database: Literal["ok"] = "ok"
    redis: Literal["ok"] = "ok"
    worker_last_seen: datetime | None = Field(
        description="When a worker last reported in; null if none has recently."
    )


class DependencyDown(ServiceUnavailable):
    code = "server.dependency_down"
    title = "A dependency is not reachable"


@router.get("/healthz", summary="Liveness", response_model=Health)
async def healthz() -> Health:
    """The process is up and serving."""
    return Health()


@router.get(
    "/readyz",
    summary="Readiness",
    response_model=Readiness,
    responses=error_responses(DependencyDown),
)
async def readyz(request: Request) -> Readiness:
    """PostgreSQL and Redis both answer."""
    down: list[str] = []
    try:
        async with request.app.state.engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
    except (SQLAlchemyError, OSError):
        down.append("database")
    try:
        await request.app.state.arq.ping()
    except (RedisError, OSError):
        down.append("redis")
    if down:
        raise DependencyDown(f"Not reachable: {', '.join(down)}.")
    heartbeat = await request.app.state.arq.get(HEARTBEAT_KEY)
    return Readiness(
        worker_last_seen=datetime.fromisoformat(heartbeat.decode()) if heartbeat else None
    )


def _metrics_allowed(settings: Settings, authorization: str) -> bool:
    if settings.metrics_token is None:
        return settings.env is not Environment.production
    expected = f"Bearer {settings.metrics_token.get_secret_value()}"
    return hmac.compare_digest(authorization.encode(), expected.encode())


@router.get("/metrics", summary="Prometheus metrics", include_in_schema=False)
async def metrics(request: Request) -> Response:
    """Behind GENBA_METRICS_TOKEN; without one, production does not serve it at all."""
    if not _metrics_allowed(request.app.state.settings, request.headers.get("authorization", "")):
        raise NotFound()  # the same answer as for no such path: nothing to probe
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)
