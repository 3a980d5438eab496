"""Each change writes its events in its own transaction, for the endpoints that asked for
them, and nothing when nobody listens."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.models.webhook import WebhookDelivery, WebhookEvent
from tests.attendance.terminal_endpoint import URL as TERMINAL_URL
from tests.attendance.terminal_helpers import event, one_worker_gate, tokyo
from tests.fixtures.factories import bearer, create_user
from tests.fixtures.jobs import Fold


async def events_of(session: AsyncSession, tenant_id: UUID) -> list[tuple[str, dict[str, Any]]]:
    rows = await session.execute(
        select(WebhookEvent.type, WebhookEvent.data)
        .where(WebhookEvent.tenant_id == tenant_id)
        .order_by(WebhookEvent.id)
    )
    return [(row.type, row.data) for row in rows]


async def test_terminal_days_staff_edits_and_deletions_tell_the_endpoints_that_asked(
    client: AsyncClient, session: AsyncSession, settings: Settings, fold: Fold
) -> None:
    gate = await one_worker_gate(session, settings)
    tenant_id, site, worker = gate.tenant.id, gate.site, gate.worker
    admin = bearer(settings, await create_user(session, gate.tenant))
    first = {"events": [event("in", site.id, worker.id, "entry", "2026-11-24 08:00")]}
    await client.post(TERMINAL_URL, json=first, headers=gate.headers)
    await fold(tenant_id)
    assert await events_of(session, tenant_id) == []  # nobody listens yet

    for types in (
        ["work_day.created", "work_day.changed", "work_day.deleted"],
        ["import.finished"],
    ):
        created = await client.post(
            "/api/v1/webhooks/endpoints",
            json={"url": "https://partner.example/hooks", "event_types": types},
            headers=admin,
        )
        assert created.status_code == 201, created.text
    later = {"events": [event("out", site.id, worker.id, "exit", "2026-11-24 17:00")]}
    await client.post(TERMINAL_URL, json=later, headers=gate.headers)
    new_day = {"events": [event("in2", site.id, worker.id, "entry", "2026-11-25 08:00")]}
    await client.post(TERMINAL_URL, json=new_day, headers=gate.headers)
    await fold(tenant_id)
    folded = dict(await events_of(session, tenant_id))
    assert len(folded) == 2
    assert folded["work_day.changed"]["work_date"] == "2026-11-24"
    assert folded["work_day.created"]["work_date"] == "2026-11-25"

    day_url = f"/api/v1/attendance/{folded['work_day.created']['work_day_id']}"
    edited = await client.patch(day_url, json={"exit_at": tokyo("2026-11-25 18:00")}, headers=admin)
    assert edited.status_code == 200, edited.text
    assert (await client.delete(day_url, headers=admin)).status_code == 204
    types = [t for t, _ in await events_of(session, tenant_id)]
    assert types[2:] == ["work_day.changed", "work_day.deleted"]
    # One delivery per event, to the one endpoint that asked for work days.
    deliveries = await session.scalars(
        select(WebhookDelivery.endpoint_id).where(WebhookDelivery.tenant_id == tenant_id)
    )
    assert len(set(deliveries.all())) == 1


async def test_a_first_day_on_a_site_tells_of_the_structure_it_grew(
    client: AsyncClient, session: AsyncSession, settings: Settings, fold: Fold
) -> None:
    gate = await one_worker_gate(session, settings)
    admin = bearer(settings, await create_user(session, gate.tenant))
    await client.post(
        "/api/v1/webhooks/endpoints",
        json={"url": "https://partner.example/hooks", "event_types": ["structure.changed"]},
        headers=admin,
    )
    batch = {"events": [event("in", gate.site.id, gate.worker.id, "entry", "2026-11-24 08:00")]}
    await client.post(TERMINAL_URL, json=batch, headers=gate.headers)
    await fold(gate.tenant.id)
    assert await events_of(session, gate.tenant.id) == [
        ("structure.changed", {"site_id": str(gate.site.id)})
    ]
