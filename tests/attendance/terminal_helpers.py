from __future__ import annotations

from datetime import datetime
from typing import Any, NamedTuple
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.kit.japan import TOKYO
from api.models.api_key import ApiKeyKind
from api.models.attendance import WorkDay
from api.models.site import Site
from api.models.tenant import Tenant
from api.models.worker import Worker
from tests.fixtures.factories import (
    create_api_key,
    create_business,
    create_site,
    create_tenant,
    create_worker,
)


def tokyo(text: str) -> str:
    """'2026-11-24 08:00' in Tokyo as the terminal sends it, with its offset."""
    return datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=TOKYO).isoformat()


def event(
    event_id: str, site_id: UUID, worker_id: UUID, kind: str, at: str, **extra: Any
) -> dict[str, Any]:
    return {
        "event_id": event_id,
        "site_id": str(site_id),
        "worker_id": str(worker_id),
        "kind": kind,
        "occurred_at": tokyo(at),
        **extra,
    }


async def terminal_headers(
    session: AsyncSession, settings: Settings, tenant: Tenant, site_ids: list[UUID]
) -> dict[str, str]:
    _, secret = await create_api_key(
        session,
        settings,
        tenant,
        ApiKeyKind.terminal,
        scopes=["terminal:events"],
        site_ids=site_ids,
    )
    return {"X-API-Key": secret}


async def work_days(session: AsyncSession, tenant_id: UUID) -> list[WorkDay]:
    statement = (
        select(WorkDay)
        .where(WorkDay.tenant_id == tenant_id)
        .order_by(WorkDay.work_date, WorkDay.worker_id)
        .execution_options(populate_existing=True)
    )
    return list((await session.execute(statement)).scalars())


class Gate(NamedTuple):
    """A tenant with one site, one worker and a terminal key for the site."""

    tenant: Tenant
    site: Site
    worker: Worker
    headers: dict[str, str]


async def one_worker_gate(session: AsyncSession, settings: Settings) -> Gate:
    tenant = await create_tenant(session)
    site = await create_site(session, tenant)
    worker = await create_worker(session, tenant, await create_business(session, tenant))
    return Gate(tenant, site, worker, await terminal_headers(session, settings, tenant, [site.id]))
