from __future__ import annotations

from uuid import uuid4

from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.models.api_key import ApiKey
from tests.fixtures.factories import bearer, create_site, create_tenant, create_user


async def test_partner_key_secret_is_shown_once_and_stored_hashed(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    admin = await create_user(session, await create_tenant(session))
    headers = bearer(settings, admin)
    created = await client.post(
        "/api/v1/api-keys",
        json={
            "name": "勤怠連携",
            "kind": "partner",
            "scopes": ["registry:read", "attendance:write"],
        },
        headers=headers,
    )
    assert created.status_code == 201
    secret = created.json()["key"]
    assert secret.startswith(f"gk_{created.json()['prefix']}_")

    fetched = await client.get(f"/api/v1/api-keys/{created.json()['id']}", headers=headers)
    assert "key" not in fetched.json()
    listed = await client.get("/api/v1/api-keys", headers=headers)
    assert secret not in listed.text

    stored = (
        await session.execute(select(ApiKey).where(ApiKey.id == created.json()["id"]))
    ).scalar_one()
    assert secret.split("_", 2)[2] not in stored.secret_hash
    assert len(stored.secret_hash) == 64

    assert (await client.get("/api/v1/branches", headers={"X-API-Key": secret})).status_code == 200


async def test_terminal_key_is_scoped_to_sites_and_events(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    admin = await create_user(session, tenant)
    site_id = str((await create_site(session, tenant)).id)
    created = await client.post(
        "/api/v1/api-keys",
        json={"name": "ゲート1", "kind": "terminal", "site_ids": [site_id]},
        headers=bearer(settings, admin),
    )
    assert created.status_code == 201
    assert created.json()["scopes"] == ["terminal:events"]
    assert created.json()["site_ids"] == [site_id]


async def test_invalid_key_requests_are_field_errors(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    admin = await create_user(session, await create_tenant(session))
    site = str(uuid4())
    # Each rule across fields names the field to fix, not the whole body.
    cases = [
        ({"name": "x", "kind": "partner", "scopes": []}, "api_key.scopes_required", "scopes"),
        (
            {"name": "x", "kind": "partner", "scopes": ["users:manage"]},
            "api_key.scope_not_grantable",
            "scopes",
        ),
        (
            {"name": "x", "kind": "partner", "scopes": ["registry:read"], "site_ids": [site]},
            "api_key.sites_for_terminal_only",
            "site_ids",
        ),
        ({"name": "x", "kind": "terminal", "site_ids": []}, "api_key.sites_required", "site_ids"),
        (
            {"name": "x", "kind": "terminal", "site_ids": [site], "scopes": ["registry:read"]},
            "api_key.scopes_fixed",
            "scopes",
        ),
        ({"name": "x", "kind": "robot"}, "enum", "kind"),
    ]
    for body, code, field in cases:
        response = await client.post("/api/v1/api-keys", json=body, headers=bearer(settings, admin))
        assert response.status_code == 422, body
        errors = [(error["code"], error["loc"]) for error in response.json()["errors"]]
        assert errors == [(code, ["body", field])], body


async def test_terminal_key_names_only_sites_of_its_own_tenant(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    foreign = await create_site(session, await create_tenant(session))
    tenant = await create_tenant(session)
    admin = await create_user(session, tenant)
    mine = await create_site(session, tenant)
    response = await client.post(
        "/api/v1/api-keys",
        json={
            "name": "ゲート2",
            "kind": "terminal",
            "site_ids": [str(mine.id), str(foreign.id), str(uuid4())],
        },
        headers=bearer(settings, admin),
    )
    assert response.status_code == 422
    assert response.json()["errors"] == [
        {"loc": ["body", "site_ids", index], "code": "site.not_found", "message": "No such site"}
        for index in (1, 2)
    ]
    listed = await client.get("/api/v1/api-keys", headers=bearer(settings, admin))
    assert listed.json()["items"] == []


async def test_revoked_key_stops_working_and_revoke_is_idempotent(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    admin = await create_user(session, await create_tenant(session))
    headers = bearer(settings, admin)
    created = await client.post(
        "/api/v1/api-keys",
        json={"name": "一時", "kind": "partner", "scopes": ["registry:read"]},
        headers=headers,
    )
    key_id, secret = created.json()["id"], created.json()["key"]
    assert (await client.delete(f"/api/v1/api-keys/{key_id}", headers=headers)).status_code == 204
    assert (await client.delete(f"/api/v1/api-keys/{key_id}", headers=headers)).status_code == 204
    assert (await client.get("/api/v1/branches", headers={"X-API-Key": secret})).status_code == 401
    assert (await client.get(f"/api/v1/api-keys/{key_id}", headers=headers)).json()["revoked_at"]


async def test_api_keys_cannot_manage_api_keys(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    admin = await create_user(session, await create_tenant(session))
    created = await client.post(
        "/api/v1/api-keys",
        json={"name": "連携", "kind": "partner", "scopes": ["registry:read", "registry:write"]},
        headers=bearer(settings, admin),
    )
    response = await client.get("/api/v1/api-keys", headers={"X-API-Key": created.json()["key"]})
    assert response.status_code == 403
