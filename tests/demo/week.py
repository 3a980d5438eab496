"""The demo's week as `make run` shows it a moment after loading: the demo loaded, its sends
gone to the real sandbox process and answered, the IDs checked."""

from __future__ import annotations

from uuid import UUID

import httpx
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from api.ccus import dispatcher
from api.ccus.http_gateway import HttpCcusGateway
from api.ccus.id_checks import check_tenant
from api.config import Settings
from api.db import SessionMaker
from api.demo.loader import load_demo
from api.kit.crypto import cipher_from_setting
from api.kit.jobs import RUN_BY_CALLER
from tests.fixtures.jobs import tenant_units


async def demo_week(
    session: AsyncSession,
    sessionmaker: SessionMaker,
    settings: Settings,
    client: httpx.AsyncClient,
) -> UUID:
    """Loads the demo and lets its sends and ID checks run their course; answers the tenant."""
    cipher = cipher_from_setting(settings.encryption_keys.get_secret_value())
    summary = await load_demo(session, settings, cipher)
    tenant_id = summary.tenant_id
    gateway = HttpCcusGateway(client, settings)
    deps = dispatcher.pipeline(sessionmaker, gateway, settings, RUN_BY_CALLER)
    await _send(session, deps, tenant_id)
    # The ID checks' ○ send again what waited for them (requeue_for_fix): that goes out too.
    await check_tenant(tenant_units(sessionmaker, tenant_id), gateway, cipher, tenant_id)
    await _send(session, deps, tenant_id)
    return tenant_id


async def _send(session: AsyncSession, deps: dispatcher.Pipeline, tenant_id: UUID) -> None:
    for _ in range(3):  # entities, then the work days and structure that follow them
        await session.execute(
            text(
                "UPDATE ccus_outbox SET scheduled_for = now() - interval '1 second'"
                " WHERE tenant_id = :t AND status = 'pending'"
            ),
            {"t": tenant_id},
        )
        await dispatcher.dispatch(deps)
        await dispatcher.collect(deps)
