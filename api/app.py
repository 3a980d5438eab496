"""The FastAPI application: `uvicorn api.app:app`."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import structlog
from arq.connections import ArqRedis
from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from api.config import Environment, Settings, get_settings
from api.db import create_engine, create_sessionmaker
from api.error_handlers import install_error_handlers
from api.health.endpoints import router as health_router
from api.kit.body_limit import BodyLimitMiddleware
from api.kit.heap import freeze_startup_heap
from api.logs import RequestContextMiddleware, configure_logging
from api.metrics import MetricsMiddleware
from api.openapi_schema import build_openapi, operation_id
from api.partner_guide import guide, mount_partner_guide
from api.route_guard import RouteGuardMiddleware
from api.router import api_router
from api.security_headers import SecurityHeadersMiddleware
from api.spa import mount_spa

log = structlog.get_logger(__name__)

DESCRIPTION = """\
genba turns construction-site attendance into work history (就業履歴) that CCUS
(建設キャリアアップシステム) accepts.

Staff authenticate with the OAuth2 password flow (`POST /api/v1/auth/token`) and send the
token as `Authorization: Bearer …`. Terminals and integration partners send an API key
(`gk_…`) as `X-API-Key`, or as `Authorization: Bearer gk_…`. Every error is `application/problem+json` with a stable `code`.

"""


async def ensure_row_level_security_applies(engine: AsyncEngine, settings: Settings) -> None:
    """A superuser or BYPASSRLS role would silently ignore the tenant policies."""
    async with engine.connect() as connection:
        row = (
            await connection.execute(
                text("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user")
            )
        ).one()
    if row[0]:
        message = "the database role bypasses row-level security; connect as the app role"
        if settings.env is Environment.production:
            raise RuntimeError(message)
        log.warning("rls_bypassed_by_database_role", detail=message)


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    settings: Settings = app.state.settings
    engine = create_engine(settings, application_name="genba-api")
    app.state.engine = engine
    app.state.sessionmaker = create_sessionmaker(engine)
    # No ping here: the API starts and serves reads while Redis is away; /readyz reports it.
    app.state.arq = ArqRedis.from_url(settings.redis_url)
    await ensure_row_level_security_applies(engine, settings)
    freeze_startup_heap()
    log.info("api_started", env=settings.env.value)
    try:
        yield
    finally:
        gateway = getattr(app.state, "ccus", None)
        if gateway is not None:
            await gateway.client.aclose()
        await app.state.arq.aclose()
        await engine.dispose()


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    configure_logging(settings.log_level, json=settings.log_json)
    app = FastAPI(
        title="genba API",
        version="1.0.0",
        summary="Site attendance to CCUS work history",
        description=DESCRIPTION + guide().replace("# Partner guide", "## Partner guide", 1),
        lifespan=lifespan,
        generate_unique_id_function=operation_id,
        openapi_tags=[
            {"name": "auth", "description": "Log in and the current user."},
            {"name": "users", "description": "Staff accounts (administrators)."},
            {"name": "api-keys", "description": "Credentials for terminals and partners."},
            {"name": "branches", "description": "拠点・支店."},
            {"name": "masters", "description": "職種, 立場, 雇用区分, 都道府県, 保険."},
            {"name": "businesses", "description": "事業者 (下請事業者管理)."},
            {"name": "workers", "description": "技能者."},
            {"name": "sites", "description": "現場."},
            {"name": "structure", "description": "施工体制 and 施工体制技能者."},
            {"name": "attendance", "description": "就業履歴: work days, calendar, career."},
            {"name": "terminal", "description": "Gate terminals' entry/exit events."},
            {"name": "imports", "description": "Excel/CSV import of businesses and workers."},
            {"name": "ccus", "description": "CCUS連携: results, pending sends, ID checks."},
            {"name": "audit", "description": "Who changed what."},
            {"name": "operations", "description": "Health and readiness."},
            {"name": "webhooks", "description": "Partner webhooks: endpoints and deliveries."},
        ],
    )
    app.state.settings = settings
    app.openapi = lambda: build_openapi(app)  # type: ignore[method-assign]
    install_error_handlers(app)
    mount_partner_guide(app)
    app.add_middleware(RouteGuardMiddleware, routes=app.router.routes)
    app.add_middleware(BodyLimitMiddleware, settings=settings)
    app.add_middleware(MetricsMiddleware)
    app.add_middleware(RequestContextMiddleware)
    app.add_middleware(SecurityHeadersMiddleware, hsts=settings.env is Environment.production)
    if settings.trusted_proxies:
        # X-Forwarded-For names the client only when it comes from one of these proxies.
        app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=settings.trusted_proxies)
    app.include_router(health_router)
    app.include_router(api_router)
    mount_spa(app, settings.spa_dir)
    return app


app = create_app()
