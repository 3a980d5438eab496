"""One-time links: invitation, password reset and email change, each used once, before it
expires, stored only as a hash, and never written to a log."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

import pytest
from httpx import AsyncClient
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.models.account import AccountToken
from tests.accounts.conftest import OPERATOR
from tests.accounts.flows import NEW_PASSWORD, accept, bearer_of, login, only_message, reset
from tests.fixtures.factories import PASSWORD, create_tenant, create_user
from tests.fixtures.mailcatcher import MailCatcher


async def _invite(client: AsyncClient, session: AsyncSession, mailcatcher: MailCatcher) -> str:
    tenant = await create_tenant(session)
    email = f"invitee-{tenant.code}@example.com"
    answer = await client.post(
        f"/api/v1/operator/tenants/{tenant.code}/admins", json={"email": email}, headers=OPERATOR
    )
    assert answer.status_code == 202, answer.text
    return email


async def test_an_invitation_link_works_once(
    client: AsyncClient, session: AsyncSession, mailcatcher: MailCatcher
) -> None:
    email = await _invite(client, session, mailcatcher)
    token = mailcatcher.link_token(email)
    assert (await accept(client, token)).status_code == 204
    again = await accept(client, token, "another password altogether")
    assert (again.status_code, again.json()["code"]) == (400, "account.link_used")
    assert (await login(client, email, NEW_PASSWORD)).status_code == 200


async def test_an_expired_link_is_refused(
    client: AsyncClient, session: AsyncSession, mailcatcher: MailCatcher
) -> None:
    email = await _invite(client, session, mailcatcher)
    token = mailcatcher.link_token(email)
    token_hash = hashlib.sha256(token.encode()).hexdigest()
    await session.execute(
        update(AccountToken)
        .where(AccountToken.token_hash == token_hash)
        .values(expires_at=datetime.now(UTC) - timedelta(seconds=1))
    )
    answer = await accept(client, token)
    assert (answer.status_code, answer.json()["code"]) == (400, "account.link_expired")


async def test_unknown_and_wrong_purpose_tokens_are_invalid(
    client: AsyncClient, session: AsyncSession, mailcatcher: MailCatcher
) -> None:
    email = await _invite(client, session, mailcatcher)
    invitation = mailcatcher.link_token(email)
    for answer in (await reset(client, invitation), await accept(client, "x" * 43)):
        assert (answer.status_code, answer.json()["code"]) == (400, "account.link_invalid")


async def test_a_new_invitation_replaces_the_old_link(
    client: AsyncClient, session: AsyncSession, mailcatcher: MailCatcher
) -> None:
    tenant = await create_tenant(session)
    user = await create_user(session, tenant)
    await client.post("/api/v1/auth/password-reset", json={"email": user.email})
    first = mailcatcher.link_token(user.email)
    await client.post("/api/v1/auth/password-reset", json={"email": user.email})
    second = mailcatcher.link_token(user.email)
    answer = await reset(client, first)
    assert (answer.status_code, answer.json()["code"]) == (400, "account.link_used")
    assert (await reset(client, second)).status_code == 204


async def test_only_a_hash_of_the_token_is_stored_and_no_log_holds_it(
    client: AsyncClient,
    session: AsyncSession,
    mailcatcher: MailCatcher,
    capsys: pytest.CaptureFixture[str],
) -> None:
    email = await _invite(client, session, mailcatcher)
    token = mailcatcher.link_token(email)
    await accept(client, token)
    stored = (await session.execute(select(AccountToken.token_hash))).scalars().all()
    assert hashlib.sha256(token.encode()).hexdigest() in stored
    assert token not in stored
    logs = capsys.readouterr()
    assert token not in logs.out + logs.err
    assert NEW_PASSWORD not in logs.out + logs.err


async def test_password_reset_answers_alike_and_ends_every_session(
    client: AsyncClient, session: AsyncSession, mailcatcher: MailCatcher, mail_settings: Settings
) -> None:
    user = await create_user(session, await create_tenant(session))
    old_session = await bearer_of(client, user.email, PASSWORD)
    known = await client.post("/api/v1/auth/password-reset", json={"email": user.email.upper()})
    unknown = await client.post(
        "/api/v1/auth/password-reset", json={"email": "nobody-at-all@example.com"}
    )
    assert (known.status_code, known.json()) == (unknown.status_code, unknown.json())
    assert known.status_code == 202
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
    client: AsyncClient, session: AsyncSession, mailcatcher: MailCatcher
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
    asked = await client.post(
        "/api/v1/me/email",
        json={"new_email": new_email, "current_password": PASSWORD},
        headers=headers,
    )
    assert asked.status_code == 202, asked.text
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
