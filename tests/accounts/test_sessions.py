"""Sessions: each login is one; a user lists and ends their own, an admin ends a user's."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.models.user import UserRole
from tests.accounts.flows import bearer_of
from tests.fixtures.factories import PASSWORD, create_tenant, create_user


async def test_a_user_lists_and_ends_their_own_sessions(
    client: AsyncClient, session: AsyncSession
) -> None:
    user = await create_user(session, await create_tenant(session))
    phone = await bearer_of(client, user.email, PASSWORD)
    desk = await bearer_of(client, user.email, PASSWORD)
    listed = (await client.get("/api/v1/me/sessions", headers=desk)).json()
    assert len(listed) == 2
    assert [row["current"] for row in listed] == [True, False]
    other = listed[1]["id"]
    ended = await client.delete(f"/api/v1/me/sessions/{other}", headers=desk)
    assert ended.status_code == 204
    assert (await client.get("/api/v1/me", headers=phone)).status_code == 401
    assert (await client.get("/api/v1/me", headers=desk)).status_code == 200
    again = await client.delete(f"/api/v1/me/sessions/{other}", headers=desk)
    assert (again.status_code, again.json()["code"]) == (404, "session.not_found")


async def test_an_admin_ends_every_session_of_a_user(
    client: AsyncClient, session: AsyncSession
) -> None:
    tenant = await create_tenant(session)
    admin = await create_user(session, tenant)
    staff = await create_user(session, tenant, UserRole.staff)
    admin_headers = await bearer_of(client, admin.email, PASSWORD)
    staff_headers = await bearer_of(client, staff.email, PASSWORD)
    answer = await client.post(f"/api/v1/users/{staff.id}/sessions/revoke", headers=admin_headers)
    assert answer.json() == {"revoked": 1}
    assert (await client.get("/api/v1/me", headers=staff_headers)).status_code == 401
    refused = await client.post(
        f"/api/v1/users/{admin.id}/sessions/revoke",
        headers=await bearer_of(client, staff.email, PASSWORD),
    )
    assert refused.status_code == 403
    assert (await client.get("/api/v1/me", headers=admin_headers)).status_code == 200


async def test_a_password_change_keeps_this_session_and_ends_the_others(
    client: AsyncClient, session: AsyncSession
) -> None:
    user = await create_user(session, await create_tenant(session))
    other = await bearer_of(client, user.email, PASSWORD)
    this = await bearer_of(client, user.email, PASSWORD)
    changed = await client.post(
        "/api/v1/me/password",
        json={"current_password": PASSWORD, "new_password": "a different password"},
        headers=this,
    )
    continued = {"Authorization": f"Bearer {changed.json()['access_token']}"}
    assert (await client.get("/api/v1/me", headers=continued)).status_code == 200
    assert (await client.get("/api/v1/me", headers=other)).status_code == 401
    listed = (await client.get("/api/v1/me/sessions", headers=continued)).json()
    assert [row["current"] for row in listed] == [True]
