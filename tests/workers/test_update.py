"""Updating a worker: phones, occupations and the secret."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from tests.fixtures.factories import (
    bearer,
    create_business,
    create_tenant,
    create_user,
)
from tests.workers.helpers import kawagoe_body


async def test_update_changes_phones_occupations_and_secret(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    business = await create_business(session, tenant)
    headers = bearer(settings, await create_user(session, tenant))
    created = (
        await client.post("/api/v1/workers", json=kawagoe_body(business.id), headers=headers)
    ).json()
    await session.execute(
        text("UPDATE workers SET ccus_status = 'synced' WHERE id = :id"), {"id": created["id"]}
    )
    updated = await client.patch(
        f"/api/v1/workers/{created['id']}",
        json={
            "phones": ["080-1234-5678", "090-5100-0010"],
            "occupation_ids": [],
            "verification_number": "8642",
        },
        headers=headers,
    )
    assert updated.status_code == 200, updated.text
    body = updated.json()
    assert body["phones"] == ["08012345678", "09051000010"]
    assert body["occupation_ids"] == []
    assert body["ccus_status"] == "pending"
    revealed = await client.post(
        f"/api/v1/workers/{created['id']}/verification-number/reveal", headers=headers
    )
    assert revealed.json() == {"verification_number": "8642"}
    log = (
        await client.get(f"/api/v1/audit-log?entity_id={created['id']}", headers=headers)
    ).json()["items"]
    update = next(entry for entry in log if entry["action"] == "worker.update")
    assert update["changes"]["verification_number"] == ["****", "****"]
    assert update["changes"]["phones"] == [["09051000010"], ["08012345678", "09051000010"]]
    # Only what was recorded as changes: ids and timestamps are random and may hold the digits.
    recorded = str([entry["changes"] for entry in log])
    assert "8642" not in recorded
    assert "7391" not in recorded
