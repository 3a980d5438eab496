"""A tenant linked to the sandbox's seeded CCUS IDs."""

from __future__ import annotations

from dataclasses import dataclass

from httpx import AsyncClient
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.kit.crypto import cipher_from_setting
from api.kit.verification import seal
from api.models.business import Business
from api.models.site import Site
from api.models.tenant import Tenant
from api.models.worker import Worker
from tests.attendance.terminal_helpers import event, terminal_headers
from tests.fixtures.factories import create_business, create_site, create_tenant, create_worker
from tests.fixtures.jobs import Fold

OISO, COMTEX, OKACHIMACHI, KAWAGOE, UNKNOWN_WORKER = (
    "02139361740172",
    "19869311056822",
    "66666999995214",
    "12345678901234",
    "12304567891234",
)


@dataclass
class World:
    tenant: Tenant
    site: Site
    business: Business
    worker: Worker
    gate: dict[str, str]


def sealed(settings: Settings, value: str, table: str, row: Business | Worker) -> bytes:
    cipher = cipher_from_setting(settings.encryption_keys.get_secret_value())
    return seal(cipher, value, table=table, tenant_id=row.tenant_id, row_id=row.id)


async def linked_world(
    session: AsyncSession, settings: Settings, *, worker_id: str = KAWAGOE
) -> World:
    tenant = await create_tenant(session)
    site = await create_site(session, tenant, ccus_site_id=OISO)
    business = await create_business(session, tenant, ccus_business_id=COMTEX)
    business.verification_number_encrypted = sealed(settings, "1234", "businesses", business)
    worker = await create_worker(session, tenant, business, ccus_worker_id=worker_id)
    worker.verification_number_encrypted = sealed(settings, "4826", "workers", worker)
    await session.flush()
    gate = await terminal_headers(session, settings, tenant, [site.id])
    return World(tenant, site, business, worker, gate)


async def attend(client: AsyncClient, world: World, day: str, fold: Fold, prefix: str = "") -> None:
    """A day's entry and exit through the gate, folded into its work day as the worker would."""
    events = [
        event(f"{prefix}{day}-in", world.site.id, world.worker.id, "entry", f"{day} 08:00"),
        event(f"{prefix}{day}-out", world.site.id, world.worker.id, "exit", f"{day} 17:00"),
    ]
    response = await client.post(
        "/api/v1/terminal/events", json={"events": events}, headers=world.gate
    )
    assert response.json()["accepted"] == 2, response.text
    await fold(world.tenant.id)


async def make_due(session: AsyncSession, tenant_id: object) -> None:
    """The nightly send time, now."""
    await session.execute(
        text(
            "UPDATE ccus_outbox SET scheduled_for = now() - interval '1 second' WHERE tenant_id = :t AND status = 'pending'"
        ),
        {"t": tenant_id},
    )
