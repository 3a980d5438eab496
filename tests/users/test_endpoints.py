from __future__ import annotations

from httpx import AsyncClient, Response
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.models.user import UserRole
from api.tenants.repository import TenantRepository
from tests.fixtures.factories import bearer, create_branch, create_tenant, create_user


async def test_admin_creates_a_branch_limited_staff_user_who_can_log_in(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    admin = await create_user(session, tenant)
    branch = await create_branch(session, tenant)
    response = await client.post(
        "/api/v1/users",
        json={
            "email": "Site.Office@Example.com",
            "name": "現場 事務",
            "role": "staff",
            "password": "long enough password",
            "branch_ids": [str(branch.id)],
        },
        headers=bearer(settings, admin),
    )
    assert response.status_code == 201
    body = response.json()
    assert body["email"] == "site.office@example.com"
    assert body["branch_ids"] == [str(branch.id)]
    assert "password" not in response.text
    login = await client.post(
        "/api/v1/auth/token",
        data={"username": "site.office@example.com", "password": "long enough password"},
    )
    me = await client.get(
        "/api/v1/me", headers={"Authorization": f"Bearer {login.json()['access_token']}"}
    )
    assert me.json()["branch_ids"] == [str(branch.id)]

    log = await client.get(
        f"/api/v1/audit-log?entity_id={body['id']}", headers=bearer(settings, admin)
    )
    (entry,) = log.json()["items"]
    assert entry["action"] == "user.create"
    assert "password" not in entry["changes"]


async def _create(client: AsyncClient, headers: dict[str, str], email: str) -> Response:
    body = {"email": email, "name": "重複", "role": "viewer", "password": "long enough password"}
    return await client.post("/api/v1/users", json=body, headers=headers)


async def test_email_taken_in_the_tenant_is_a_conflict(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    admin = await create_user(session, await create_tenant(session))
    colleague = await create_user(session, await TenantRepository(session).get(admin.tenant_id))
    response = await _create(client, bearer(settings, admin), colleague.email.upper())
    assert (response.status_code, response.json()["code"]) == (409, "user.email_taken")
    assert response.json()["errors"][0]["loc"] == ["body", "email"]


async def test_email_used_by_another_tenant_tells_nothing(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    """ADR 0021: an address is unique per tenant, so another tenant's use of it is not told."""
    elsewhere = await create_user(session, await create_tenant(session))
    admin = await create_user(session, await create_tenant(session))
    response = await _create(client, bearer(settings, admin), elsewhere.email)
    assert response.status_code == 201, response.text
    assert response.json()["email"] == elsewhere.email


async def test_unknown_or_foreign_branch_is_a_field_error(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    foreign = await create_branch(session, await create_tenant(session))
    tenant = await create_tenant(session)
    admin = await create_user(session, tenant)
    mine = await create_branch(session, tenant)
    response = await client.post(
        "/api/v1/users",
        json={
            "email": "x@example.com",
            "name": "支店違い",
            "role": "staff",
            "password": "long enough password",
            "branch_ids": [str(mine.id), str(foreign.id)],
        },
        headers=bearer(settings, admin),
    )
    assert response.status_code == 422
    assert response.json()["errors"] == [
        {"loc": ["body", "branch_ids", 1], "code": "branch.not_found", "message": "No such branch"}
    ]


async def test_update_role_and_branches_ends_existing_sessions(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    admin = await create_user(session, tenant)
    first, second = await create_branch(session, tenant), await create_branch(session, tenant)
    staff = await create_user(session, tenant, UserRole.staff, branches=[first])
    staff_headers = bearer(settings, staff)
    response = await client.patch(
        f"/api/v1/users/{staff.id}",
        json={"role": "viewer", "branch_ids": [str(first.id), str(second.id)]},
        headers=bearer(settings, admin),
    )
    assert response.status_code == 200
    assert response.json()["role"] == "viewer"
    assert sorted(response.json()["branch_ids"]) == sorted([str(first.id), str(second.id)])
    assert (await client.get("/api/v1/me", headers=staff_headers)).status_code == 401


async def test_admin_cannot_lock_themselves_out(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    admin = await create_user(session, await create_tenant(session))
    for change in ({"is_active": False}, {"role": "staff"}):
        response = await client.patch(
            f"/api/v1/users/{admin.id}", json=change, headers=bearer(settings, admin)
        )
        assert (response.status_code, response.json()["code"]) == (409, "user.self_lockout")


async def test_only_admins_manage_users(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    staff = await create_user(session, await create_tenant(session), UserRole.staff)
    response = await client.get("/api/v1/users", headers=bearer(settings, staff))
    assert (response.status_code, response.json()["code"]) == (403, "auth.insufficient_scope")
