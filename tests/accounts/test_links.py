"""One-time links: invitation, password reset and email change, each used once, before it
expires, stored only as a hash, and never written to a log."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

import pytest
from httpx import AsyncClient
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from api.models.account import AccountToken
from tests.accounts.conftest import OPERATOR, SendMail
from tests.accounts.flows import NEW_PASSWORD, accept, login, reset
from tests.fixtures.factories import create_tenant, create_user
from tests.fixtures.mailcatcher import MailCatcher


async def _invite(client: AsyncClient, session: AsyncSession, send_mail: SendMail) -> str:
    tenant = await create_tenant(session)
    email = f"invitee-{tenant.code}@example.com"
    answer = await client.post(
        f"/api/v1/operator/tenants/{tenant.code}/admins", json={"email": email}, headers=OPERATOR
    )
    assert answer.status_code == 202, answer.text
    await send_mail()
    return email


async def test_an_invitation_link_works_once(
    client: AsyncClient, session: AsyncSession, mailcatcher: MailCatcher, send_mail: SendMail
) -> None:
    email = await _invite(client, session, send_mail)
    token = mailcatcher.link_token(email)
    assert (await accept(client, token)).status_code == 204
    again = await accept(client, token, "another password altogether")
    assert (again.status_code, again.json()["code"]) == (400, "account.link_used")
    assert (await login(client, email, NEW_PASSWORD)).status_code == 200


async def test_an_expired_link_is_refused(
    client: AsyncClient, session: AsyncSession, mailcatcher: MailCatcher, send_mail: SendMail
) -> None:
    email = await _invite(client, session, send_mail)
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
    client: AsyncClient, session: AsyncSession, mailcatcher: MailCatcher, send_mail: SendMail
) -> None:
    email = await _invite(client, session, send_mail)
    invitation = mailcatcher.link_token(email)
    for answer in (await reset(client, invitation), await accept(client, "x" * 43)):
        assert (answer.status_code, answer.json()["code"]) == (400, "account.link_invalid")


async def test_a_new_invitation_replaces_the_old_link(
    client: AsyncClient, session: AsyncSession, mailcatcher: MailCatcher, send_mail: SendMail
) -> None:
    tenant = await create_tenant(session)
    user = await create_user(session, tenant)
    await client.post("/api/v1/auth/password-reset", json={"email": user.email})
    await send_mail()
    first = mailcatcher.link_token(user.email)
    await client.post("/api/v1/auth/password-reset", json={"email": user.email})
    await send_mail()
    second = mailcatcher.link_token(user.email)
    answer = await reset(client, first)
    assert (answer.status_code, answer.json()["code"]) == (400, "account.link_used")
    assert (await reset(client, second)).status_code == 204


async def test_only_a_hash_of_the_token_is_stored_and_no_log_holds_it(
    client: AsyncClient,
    session: AsyncSession,
    mailcatcher: MailCatcher,
    send_mail: SendMail,
    capsys: pytest.CaptureFixture[str],
) -> None:
    email = await _invite(client, session, send_mail)
    token = mailcatcher.link_token(email)
    await accept(client, token)
    stored = (await session.execute(select(AccountToken.token_hash))).scalars().all()
    assert hashlib.sha256(token.encode()).hexdigest() in stored
    assert token not in stored
    logs = capsys.readouterr()
    assert token not in logs.out + logs.err
    assert NEW_PASSWORD not in logs.out + logs.err
