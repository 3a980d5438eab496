"""What a user may set on their own account, and the addresses accepted for it."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.models.user import UserRole
from tests.fixtures.factories import PASSWORD, bearer, create_tenant, create_user


async def test_own_password_is_never_changed_without_the_current_one(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    admin = await create_user(session, tenant)
    other = await create_user(session, tenant, UserRole.staff)
    headers = bearer(settings, admin)
    own = await client.patch(
        f"/api/v1/users/{admin.id}", json={"password": "taken over password"}, headers=headers
    )
    assert own.status_code == 422
    assert own.json()["errors"][0]["loc"] == ["body", "password"]
    assert own.json()["errors"][0]["code"] == "user.own_password_needs_current"
    # The old password still logs in, the new one does not; the session goes on.
    login = "/api/v1/auth/token"
    old = await client.post(login, data={"username": admin.email, "password": PASSWORD})
    assert old.status_code == 200
    new = await client.post(
        login, data={"username": admin.email, "password": "taken over password"}
    )
    assert new.status_code == 401
    assert (await client.get("/api/v1/me", headers=headers)).status_code == 200
    # Another user's password stays an administrator's to reset.
    reset = await client.patch(
        f"/api/v1/users/{other.id}", json={"password": "a fresh password"}, headers=headers
    )
    assert reset.status_code == 200


async def test_an_address_no_mail_reaches_is_refused_with_its_own_code(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    admin = await create_user(session, await create_tenant(session))
    for email in ("office@genba.test", "office@localhost", "not an address"):
        response = await client.post(
            "/api/v1/users",
            json={"email": email, "name": "宛先", "role": "viewer", "password": PASSWORD},
            headers=bearer(settings, admin),
        )
        assert response.status_code == 422, email
        (error,) = response.json()["errors"]
        assert (error["loc"], error["code"]) == (["body", "email"], "email.invalid"), email
