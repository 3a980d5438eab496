"""Steps the account tests share: log in, read a link from the inbox, redeem it."""

from __future__ import annotations

from httpx import AsyncClient, Response

from tests.fixtures.mailcatcher import MailCatcher

NEW_PASSWORD = "a brand new password"


async def login(
    client: AsyncClient, email: str, password: str, tenant: str | None = None
) -> Response:
    form = {"username": email, "password": password, **({"tenant": tenant} if tenant else {})}
    return await client.post("/api/v1/auth/token", data=form)


async def bearer_of(client: AsyncClient, email: str, password: str) -> dict[str, str]:
    response = await login(client, email, password)
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


async def accept(client: AsyncClient, token: str, password: str = NEW_PASSWORD) -> Response:
    body = {"token": token, "password": password}
    return await client.post("/api/v1/auth/invitations/accept", json=body)


async def reset(client: AsyncClient, token: str, password: str = NEW_PASSWORD) -> Response:
    body = {"token": token, "password": password}
    return await client.post("/api/v1/auth/password-reset/confirm", json=body)


def only_message(mailcatcher: MailCatcher, to: str) -> dict[str, object]:
    messages = mailcatcher.messages(to)
    assert len(messages) == 1, messages
    return messages[0]
