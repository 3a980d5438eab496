"""A business's verification number: encrypted at rest, revealed only through the audit."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.models.business import Business
from api.models.user import UserRole
from tests.businesses.helpers import asagaya_body
from tests.fixtures.factories import (
    bearer,
    create_branch,
    create_business,
    create_tenant,
    create_user,
)


class TestVerificationNumber:
    async def test_verification_number_is_stored_encrypted_and_revealed_only_by_audit(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        branch = await create_branch(session, tenant)
        admin = bearer(settings, await create_user(session, tenant))
        created = (
            await client.post(
                "/api/v1/businesses", json=asagaya_body([str(branch.id)]), headers=admin
            )
        ).json()
        stored = (
            await session.execute(
                text("SELECT verification_number_encrypted FROM businesses WHERE id = :id"),
                {"id": created["id"]},
            )
        ).scalar_one()
        assert b"4826" not in stored

        staff = bearer(settings, await create_user(session, tenant, UserRole.staff))
        refused = await client.post(
            f"/api/v1/businesses/{created['id']}/verification-number/reveal", headers=staff
        )
        assert refused.status_code == 403
        revealed = await client.post(
            f"/api/v1/businesses/{created['id']}/verification-number/reveal", headers=admin
        )
        assert revealed.json() == {"verification_number": "4826"}
        log = (
            await client.get(f"/api/v1/audit-log?entity_id={created['id']}", headers=admin)
        ).json()["items"]
        assert [entry["action"] for entry in log] == [
            "business.reveal_verification_number",
            "business.create",
        ]
        assert log[1]["changes"]["verification_number"] == [None, "****"]
        assert "4826" not in str(log)

    async def test_a_ciphertext_copied_to_another_row_does_not_decrypt(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        branch = await create_branch(session, tenant)
        admin = bearer(settings, await create_user(session, tenant))
        first = (
            await client.post(
                "/api/v1/businesses", json=asagaya_body([str(branch.id)]), headers=admin
            )
        ).json()
        second = await create_business(session, tenant, [branch])
        source = (
            await session.execute(select(Business).where(Business.id == first["id"]))
        ).scalar_one()
        second.verification_number_encrypted = source.verification_number_encrypted
        await session.flush()
        response = await client.post(
            f"/api/v1/businesses/{second.id}/verification-number/reveal", headers=admin
        )
        assert response.status_code == 500
        assert "4826" not in response.text
