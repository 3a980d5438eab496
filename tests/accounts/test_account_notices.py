"""Notices after a change to how an account signs in: to the old address when the email moves,
to the account's address when its password is reset or changed — sent after the change commits,
never when it fails, and with no link in them."""

from __future__ import annotations

from typing import Any

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from tests.accounts.conftest import SendMail
from tests.accounts.flows import NEW_PASSWORD, bearer_of, only_message, reset
from tests.fixtures.factories import PASSWORD, create_tenant, create_user
from tests.fixtures.mailcatcher import MailCatcher


def _is_notice(message: dict[str, Any], subject: str) -> None:
    assert message["subject"] == subject
    assert "#token=" not in message["text"]
    assert "#token=" not in message["html"]
    assert "すぐに管理者に連絡してください" in message["text"]


async def _ask_email_change(client: AsyncClient, headers: dict[str, str], new_email: str) -> None:
    body = {"new_email": new_email, "current_password": PASSWORD}
    asked = await client.post("/api/v1/me/email", json=body, headers=headers)
    assert asked.status_code == 202, asked.text


async def test_the_old_address_is_told_where_the_account_went_without_the_whole_new_address(
    client: AsyncClient, session: AsyncSession, mailcatcher: MailCatcher, send_mail: SendMail
) -> None:
    user = await create_user(session, await create_tenant(session))
    old_email, new_email = user.email, f"moved-{user.email}"
    await _ask_email_change(client, await bearer_of(client, old_email, PASSWORD), new_email)
    await send_mail()
    assert mailcatcher.messages(old_email) == []  # asking changes nothing yet
    token = mailcatcher.link_token(new_email)

    confirmed = await client.post("/api/v1/auth/email-change/confirm", json={"token": token})
    assert confirmed.status_code == 204, confirmed.text
    await send_mail()
    notice = only_message(mailcatcher, old_email)
    _is_notice(notice, "【genba】メールアドレスが変更されました")
    assert "mo***@" in str(notice["text"])
    assert new_email not in str(notice["text"])
    assert new_email not in str(notice["html"])
    assert len(mailcatcher.messages(new_email)) == 1  # only the confirmation link


async def test_a_confirmation_that_fails_tells_nobody(
    client: AsyncClient, session: AsyncSession, mailcatcher: MailCatcher, send_mail: SendMail
) -> None:
    tenant = await create_tenant(session)
    user = await create_user(session, tenant)
    taken = f"taken-{user.email}"
    await _ask_email_change(client, await bearer_of(client, user.email, PASSWORD), taken)
    await send_mail()
    token = mailcatcher.link_token(taken)
    # Someone took the address meanwhile: the change is refused and rolled back, notice and all.
    await create_user(session, tenant, email=taken)
    refused = await client.post("/api/v1/auth/email-change/confirm", json={"token": token})
    assert refused.status_code == 409, refused.text
    await send_mail()
    assert mailcatcher.messages(user.email) == []


async def test_a_reset_password_is_told_to_the_account(
    client: AsyncClient, session: AsyncSession, mailcatcher: MailCatcher, send_mail: SendMail
) -> None:
    user = await create_user(session, await create_tenant(session))
    requested = await client.post("/api/v1/auth/password-reset", json={"email": user.email})
    assert requested.status_code == 202
    await send_mail()
    assert (await reset(client, mailcatcher.link_token(user.email))).status_code == 204
    mailcatcher.clear()
    await send_mail()
    _is_notice(only_message(mailcatcher, user.email), "【genba】パスワードが再設定されました")


async def test_a_changed_password_is_told_to_the_account_and_a_wrong_current_one_is_not(
    client: AsyncClient, session: AsyncSession, mailcatcher: MailCatcher, send_mail: SendMail
) -> None:
    user = await create_user(session, await create_tenant(session))
    headers = await bearer_of(client, user.email, PASSWORD)
    wrong = {"current_password": "not it", "new_password": NEW_PASSWORD}
    assert (
        await client.post("/api/v1/me/password", json=wrong, headers=headers)
    ).status_code == 422
    await send_mail()
    assert mailcatcher.messages(user.email) == []

    right = {"current_password": PASSWORD, "new_password": NEW_PASSWORD}
    changed = await client.post("/api/v1/me/password", json=right, headers=headers)
    assert changed.status_code == 200, changed.text
    await send_mail()
    _is_notice(only_message(mailcatcher, user.email), "【genba】パスワードが変更されました")
