"""The replay rule across the event months (ADR 0025): an event id is claimed once for all
months, so the same id with another time — another month's partition — is still a conflict."""

from __future__ import annotations

from datetime import timedelta

from httpx import AsyncClient
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.db import set_tenant
from api.kit.japan import business_today
from tests.attendance.terminal_endpoint import URL
from tests.attendance.terminal_helpers import event, terminal_headers
from tests.fixtures.factories import create_business, create_site, create_tenant, create_worker


async def test_the_same_id_in_another_month_is_a_conflict_and_stored_once(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    site = await create_site(session, tenant)
    worker = await create_worker(session, tenant, await create_business(session, tenant))
    headers = await terminal_headers(session, settings, tenant, [site.id])
    today = business_today()
    # 35 days apart: never in the same month.
    first, other = today - timedelta(days=40), today - timedelta(days=5)
    sent = event("gate-7", site.id, worker.id, "entry", f"{first} 08:00")
    moved = event("gate-7", site.id, worker.id, "entry", f"{other} 08:00")

    answers = [
        (await client.post(URL, json={"events": [body]}, headers=headers)).json()["results"][0]
        for body in (sent, moved, sent)
    ]

    assert [(a["status"], a.get("code")) for a in answers] == [
        ("accepted", None),
        ("rejected", "event.id_reused"),
        ("duplicate", None),
    ]
    await set_tenant(session, tenant.id)
    stored = await session.execute(
        text(
            "SELECT tableoid::regclass::text, occurred_at FROM attendance_events "
            "WHERE tenant_id = :t AND event_id = 'gate-7'"
        ),
        {"t": tenant.id},
    )
    rows = stored.all()
    assert len(rows) == 1
    assert rows[0][0] == f"attendance_events_p{first:%Y%m}"
