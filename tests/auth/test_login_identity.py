"""ADR 0021: an address is unique per tenant. Login tells nothing about other tenants: the
tenants an address opens are named only to whoever proved the password of each."""

from __future__ import annotations

from httpx import AsyncClient, Response
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.passwords import hash_password
from api.models.user import User
from tests.fixtures.factories import PASSWORD, create_tenant, create_user, unique

OTHER_PASSWORD = "the other tenant's password"


async def _login(
    client: AsyncClient, email: str, password: str, tenant: str | None = None
) -> Response:
    form = {"username": email, "password": password, **({"tenant": tenant} if tenant else {})}
    return await client.post("/api/v1/auth/token", data=form)


async def test_the_password_decides_which_tenants_account_opens(
    client: AsyncClient, session: AsyncSession
) -> None:
    email = f"{unique('shared')}@example.com"
    first = await create_user(session, await create_tenant(session), email=email)
    second = await create_user(session, await create_tenant(session), email=email)
    await session.execute(
        update(User).where(User.id == second.id).values(password_hash=hash_password(OTHER_PASSWORD))
    )
    for password, user in ((PASSWORD, first), (OTHER_PASSWORD, second)):
        answer = await _login(client, email, password)
        assert answer.status_code == 200, answer.text
        me = await client.get(
            "/api/v1/me", headers={"Authorization": f"Bearer {answer.json()['access_token']}"}
        )
        assert me.json()["id"] == str(user.id)


async def test_one_password_for_several_tenants_asks_which_naming_only_those(
    client: AsyncClient, session: AsyncSession
) -> None:
    email = f"{unique('shared')}@example.com"
    tenants = [await create_tenant(session, name) for name in ("甲建設", "乙工業")]
    for tenant in tenants:
        await create_user(session, tenant, email=email)
    answer = await _login(client, email, PASSWORD)
    assert (answer.status_code, answer.json()["code"]) == (409, "auth.tenant_required")
    named = sorted(error["message"] for error in answer.json()["errors"])
    assert named == sorted(f"{tenant.code} {tenant.name}" for tenant in tenants)
    chosen = await _login(client, email, PASSWORD, tenants[1].code)
    assert chosen.status_code == 200, chosen.text


async def test_a_wrong_password_tells_nothing_of_other_tenants(
    client: AsyncClient, session: AsyncSession
) -> None:
    email = f"{unique('shared')}@example.com"
    await create_user(session, await create_tenant(session), email=email)
    await create_user(session, await create_tenant(session), email=email)
    wrong = await _login(client, email, "not anybody's password")
    unknown = await _login(client, f"{unique('nobody')}@example.com", "not anybody's password")
    assert wrong.status_code == unknown.status_code == 401
    assert {**wrong.json(), "request_id": None} == {**unknown.json(), "request_id": None}


async def test_the_tenant_field_limits_login_to_that_tenant(
    client: AsyncClient, session: AsyncSession
) -> None:
    user = await create_user(session, await create_tenant(session))
    other = await create_tenant(session)
    answer = await _login(client, user.email, PASSWORD, other.code)
    assert (answer.status_code, answer.json()["code"]) == (401, "auth.invalid_credentials")
