"""Updating a business requeues CCUS; one with workers cannot be deleted."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from tests.businesses.helpers import asagaya_body
from tests.fixtures.factories import (
    bearer,
    create_branch,
    create_business,
    create_tenant,
    create_user,
    create_worker,
)


class TestUpdateAndDelete:
    async def test_update_requeues_ccus_and_keeps_required_fields(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        branch = await create_branch(session, tenant)
        headers = bearer(settings, await create_user(session, tenant))
        created = (
            await client.post(
                "/api/v1/businesses", json=asagaya_body([str(branch.id)]), headers=headers
            )
        ).json()
        await session.execute(
            text("UPDATE businesses SET ccus_status = 'synced' WHERE id = :id"),
            {"id": created["id"]},
        )
        renamed = await client.patch(
            f"/api/v1/businesses/{created['id']}",
            json={"address": "東京都東久留米市上の原2-5-8"},
            headers=headers,
        )
        assert renamed.json()["ccus_status"] == "pending"
        cleared = await client.patch(
            f"/api/v1/businesses/{created['id']}", json={"phone": None}, headers=headers
        )
        assert (cleared.status_code, cleared.json()["errors"][0]["code"]) == (422, "missing")
        no_id = await client.patch(
            f"/api/v1/businesses/{created['id']}", json={"ccus_business_id": None}, headers=headers
        )
        assert no_id.json()["errors"][0]["code"] == "business.representative_required"

    async def test_a_business_with_workers_cannot_be_deleted(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        business = await create_business(session, tenant)
        empty = await create_business(session, tenant)
        await create_worker(session, tenant, business)
        headers = bearer(settings, await create_user(session, tenant))
        refused = await client.delete(f"/api/v1/businesses/{business.id}", headers=headers)
        assert (refused.status_code, refused.json()["code"]) == (409, "business.has_workers")
        assert (
            await client.delete(f"/api/v1/businesses/{empty.id}", headers=headers)
        ).status_code == 204
