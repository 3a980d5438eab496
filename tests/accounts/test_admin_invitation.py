"""An administrator invites a colleague by email."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from tests.accounts.conftest import SendMail
from tests.accounts.flows import NEW_PASSWORD, accept, bearer_of, login
from tests.fixtures.factories import PASSWORD, create_tenant, create_user
from tests.fixtures.mailcatcher import MailCatcher


async def test_an_admin_invites_a_colleague_who_sets_a_password(
    client: AsyncClient, session: AsyncSession, mailcatcher: MailCatcher, send_mail: SendMail
) -> None:
    admin = await create_user(session, await create_tenant(session))
    headers = await bearer_of(client, admin.email, PASSWORD)
    email = f"colleague-{admin.email}"
    invited = await client.post(
        "/api/v1/users/invitations",
        json={"email": email, "name": "同僚 一郎", "role": "staff"},
        headers=headers,
    )
    assert invited.status_code == 201, invited.text
    assert (invited.json()["role"], invited.json()["branch_ids"]) == ("staff", [])
    assert (await login(client, email, "")).status_code != 200
    await send_mail()
    assert (await accept(client, mailcatcher.link_token(email))).status_code == 204
    assert (await login(client, email, NEW_PASSWORD)).status_code == 200
    again = await client.post(
        "/api/v1/users/invitations",
        json={"email": email, "name": "重複", "role": "staff"},
        headers=headers,
    )
    assert (again.status_code, again.json()["code"]) == (409, "user.email_taken")
