"""Registering a business: normalised fields, a random code, a masked secret, duplicates."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from tests.businesses.helpers import asagaya_body
from tests.fixtures.factories import (
    bearer,
    create_branch,
    create_business,
    create_tenant,
    create_user,
)


class TestRegisterBusiness:
    async def test_registers_with_normalised_fields_a_random_code_and_masked_secret(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        branch = await create_branch(session, tenant)
        headers = bearer(settings, await create_user(session, tenant))
        response = await client.post(
            "/api/v1/businesses", json=asagaya_body([str(branch.id)]), headers=headers
        )
        assert response.status_code == 201, response.text
        body = response.json()
        assert body["name_kana"] == "アサガヤテッキンコウギョウ"
        assert (body["phone"], body["fax"], body["postal_code"]) == (
            "0864567891",
            "0864567892",
            "2030001",
        )
        assert body["ccus_business_id"] == "19869311056822"
        assert body["kentaikyo_contract_number"] == "12345678"
        assert body["verification_number"] == "****"
        assert body["ccus_status"] == "pending"
        assert body["code"].startswith("B")
        assert len(body["code"]) == 9
        assert body["branch_ids"] == [str(branch.id)]

    async def test_duplicate_code_and_ccus_id_in_the_tenant(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        branch = await create_branch(session, tenant)
        existing = await create_business(
            session, tenant, [branch], ccus_business_id="19869311056822"
        )
        headers = bearer(settings, await create_user(session, tenant))
        response = await client.post(
            "/api/v1/businesses",
            json=asagaya_body([str(branch.id)], code=existing.code),
            headers=headers,
        )
        codes = {error["code"] for error in response.json()["errors"]}
        assert codes == {"business.code_taken", "business.ccus_id_taken"}
