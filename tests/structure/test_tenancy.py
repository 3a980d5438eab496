"""Another tenant's site has no structure to show."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from tests.fixtures.factories import (
    bearer,
    create_site,
    create_tenant,
    create_user,
)


class TestStructureTenancy:
    async def test_another_tenants_site_is_not_found(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        site = await create_site(session, tenant)
        other = bearer(
            settings, await create_user(session, await create_tenant(session, "別テナント"))
        )
        assert (
            await client.get(f"/api/v1/sites/{site.id}/structure", headers=other)
        ).status_code == 404
        assert (
            await client.get(f"/api/v1/sites/{site.id}/workers", headers=other)
        ).status_code == 404
