"""パスワード再設定 and メールアドレス変更 by their emailed links."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.models.account import AccountToken
from tests.accounts.conftest import SendMail
from tests.accounts.flows import NEW_PASSWORD, bearer_of, login, only_message, reset
from tests.fixtures.factories import PASSWORD, create_tenant, create_user
from tests.fixtures.mailcatcher import MailCatcher


async def test_password_reset_answers_alike_and_ends_every_session(
    client: AsyncClient,
    session: AsyncSession,
    mailcatcher: MailCatcher,
    send_mail: SendMail,
    mail_settings: Settings,
) -> None:
    user = await create_user(session, await create_tenant(session))
    old_session = await bearer_of(client, user.email, PASSWORD)
    known = await client.post("/api/v1/auth/password-reset", json={"email": user.email.upper()})
    unknown = await client.post(
        "/api/v1/auth/password-reset", json={"email": "nobody-at-all@example.com"}
    )
    assert (known.status_code, known.json()) == (unknown.status_code, unknown.json())
    assert known.status_code == 202
    await send_mail()
    assert mailcatcher.messages("nobody-at-all@example.com") == []
    message = only_message(mailcatcher, user.email)
    assert message["subject"] == "【genba】パスワード再設定のご案内"
    expires = (
        await session.execute(
            select(AccountToken.expires_at).where(AccountToken.user_id == user.id)
        )
    ).scalar_one()
    lifetime = expires - datetime.now(UTC)
    assert timedelta(0) < lifetime <= timedelta(minutes=mail_settings.password_reset_minutes)

    assert (await reset(client, mailcatcher.link_token(user.email))).status_code == 204
    assert (await client.get("/api/v1/me", headers=old_session)).status_code == 401
    assert (await login(client, user.email, PASSWORD)).status_code == 401
    assert (await login(client, user.email, NEW_PASSWORD)).status_code == 200


async def test_email_change_is_confirmed_by_the_new_address(
    client: AsyncClient, session: AsyncSession, mailcatcher: MailCatcher, send_mail: SendMail
) -> None:
    user = await create_user(session, await create_tenant(session))
    headers = await bearer_of(client, user.email, PASSWORD)
    new_email = f"new-{user.email}"
    wrong = await client.post(
        "/api/v1/me/email",
        json={"new_email": new_email, "current_password": "not the password"},
        headers=headers,
    )
    assert (wrong.status_code, wrong.json()["code"]) == (422, "auth.wrong_current_password")
    assert wrong.json()["errors"][0]["loc"] == ["body", "current_password"]
    asked = await client.post(
        "/api/v1/me/email",
        json={"new_email": new_email, "current_password": PASSWORD},
        headers=headers,
    )
    assert asked.status_code == 202, asked.text
    await send_mail()
    assert mailcatcher.messages(user.email) == []
    assert only_message(mailcatcher, new_email)["subject"] == "【genba】メールアドレス変更の確認"
    assert (await client.get("/api/v1/me", headers=headers)).json()["email"] == user.email

    token = mailcatcher.link_token(new_email)
    confirmed = await client.post("/api/v1/auth/email-change/confirm", json={"token": token})
    assert confirmed.status_code == 204, confirmed.text
    assert (await client.get("/api/v1/me", headers=headers)).json()["email"] == new_email
    assert (await login(client, new_email, PASSWORD)).status_code == 200
    log = await client.get("/api/v1/audit-log", params={"entity_id": str(user.id)}, headers=headers)
    actions = [entry["action"] for entry in log.json()["items"]]
    assert {"user.email_change_request", "user.email_change"} <= set(actions)
