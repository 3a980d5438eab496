"""Registry lists filter by the site worked on."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from tests.attendance.terminal_helpers import event, terminal_headers
from tests.fixtures.factories import (
    bearer,
    create_business,
    create_site,
    create_tenant,
    create_user,
    create_worker,
)
from tests.fixtures.jobs import Fold


async def test_registry_lists_filter_by_the_site_worked_on(
    client: AsyncClient, session: AsyncSession, settings: Settings, fold: Fold
) -> None:
    tenant = await create_tenant(session)
    site = await create_site(session, tenant)
    on_site, elsewhere = (
        await create_business(session, tenant),
        await create_business(session, tenant),
    )
    worker = await create_worker(session, tenant, on_site)
    await create_worker(session, tenant, elsewhere)
    gate = await terminal_headers(session, settings, tenant, [site.id])
    batch = {"events": [event("1", site.id, worker.id, "entry", "2026-11-24 08:00")]}
    await client.post("/api/v1/terminal/events", json=batch, headers=gate)
    await fold(tenant.id)
    headers = bearer(settings, await create_user(session, tenant))

    workers = (await client.get(f"/api/v1/workers?site_id={site.id}", headers=headers)).json()
    assert [w["id"] for w in workers["items"]] == [str(worker.id)]
    businesses = (await client.get(f"/api/v1/businesses?site_id={site.id}", headers=headers)).json()
    assert [b["id"] for b in businesses["items"]] == [str(on_site.id)]
