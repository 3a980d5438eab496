"""Optional text fields of a business clear on null or blank."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from tests.businesses.helpers import asagaya_body
from tests.fixtures.factories import (
    bearer,
    create_branch,
    create_tenant,
    create_user,
)


class TestOptionalFields:
    async def test_null_and_blank_optional_text_clears_it_instead_of_failing(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        branch = await create_branch(session, tenant)
        headers = bearer(settings, await create_user(session, tenant))
        created = await client.post(
            "/api/v1/businesses", json=asagaya_body([str(branch.id)]), headers=headers
        )
        business_id = created.json()["id"]
        response = await client.patch(
            f"/api/v1/businesses/{business_id}",
            json={"address": None, "prefecture_code": "  "},
            headers=headers,
        )
        assert response.status_code == 200, response.text
        assert (response.json()["address"], response.json()["prefecture_code"]) == (None, None)
        response = await client.patch(
            f"/api/v1/businesses/{business_id}", json={"address": "x" * 201}, headers=headers
        )
        assert response.status_code == 422
        assert response.json()["errors"][0]["loc"] == ["body", "address"]
