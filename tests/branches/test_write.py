"""Writing branches: create, update and delete with audit; codes unique per tenant."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from tests.fixtures.factories import bearer, create_branch, create_tenant, create_user


class TestWriteBranches:
    async def test_create_update_delete_with_audit(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        admin = await create_user(session, tenant)
        headers = bearer(settings, admin)
        created = await client.post(
            "/api/v1/branches", json={"code": "００１", "name": " 001支店 "}, headers=headers
        )
        assert created.status_code == 201
        assert (created.json()["code"], created.json()["name"]) == ("001", "001支店")
        branch_id = created.json()["id"]
        updated = await client.patch(
            f"/api/v1/branches/{branch_id}", json={"name": "本社"}, headers=headers
        )
        assert updated.json()["name"] == "本社"
        assert (
            await client.delete(f"/api/v1/branches/{branch_id}", headers=headers)
        ).status_code == 204
        assert (
            await client.get(f"/api/v1/branches/{branch_id}", headers=headers)
        ).status_code == 404

        log = await client.get(f"/api/v1/audit-log?entity_id={branch_id}", headers=headers)
        entries = log.json()["items"]
        assert [entry["action"] for entry in entries] == [
            "branch.delete",
            "branch.update",
            "branch.create",
        ]
        assert entries[1]["changes"] == {"name": ["001支店", "本社"]}
        assert {entry["actor_label"] for entry in entries} == {admin.email}

    async def test_duplicate_code_is_a_field_conflict(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        admin = await create_user(session, tenant)
        existing = await create_branch(session, tenant)
        response = await client.post(
            "/api/v1/branches",
            json={"code": existing.code, "name": "重複"},
            headers=bearer(settings, admin),
        )
        assert response.status_code == 409
        assert response.json()["code"] == "branch.code_taken"
        assert response.json()["errors"][0]["loc"] == ["body", "code"]

    async def test_the_same_code_is_fine_in_another_tenant(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        other = await create_branch(session, await create_tenant(session))
        admin = await create_user(session, await create_tenant(session))
        response = await client.post(
            "/api/v1/branches",
            json={"code": other.code, "name": "同じコード"},
            headers=bearer(settings, admin),
        )
        assert response.status_code == 201
