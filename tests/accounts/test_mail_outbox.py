"""The mail outbox against committed data and the real mail catcher: a mail goes only after its
change commits, never on rollback; an SMTP outage is retried and the mail delivered later; a
mail that never goes is given up, its body erased, and shown to administrators."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from uuid import UUID

import pytest
import pytest_asyncio
from httpx import AsyncClient
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, create_async_engine

from api.accounts import links
from api.config import Settings
from api.db import SessionMaker, create_sessionmaker, set_tenant, unit_of_work
from api.kit.crypto import cipher_from_setting
from api.kit.ids import uuid7
from api.mail.delivery import decide, send_due
from api.mail.outbox import SEND_TASK, unseal_body
from api.models.account import TokenPurpose
from api.models.mail import MailStatus, OutboxMail
from api.models.tenant import Tenant
from api.models.user import NO_PASSWORD, User, UserRole
from tests.accounts.flows import accept, bearer_of
from tests.fixtures.factories import PASSWORD, create_tenant, create_user, unique
from tests.fixtures.jobs import OrderedSink
from tests.fixtures.mailcatcher import MailCatcher
from tests.fixtures.servers import ServerSet
from tools.devstack.ephemeral import free_port


@dataclass
class Committed:
    sessionmaker: SessionMaker
    tenant: Tenant
    user: User


@pytest_asyncio.fixture(loop_scope="session")
async def committed(migrated: ServerSet, settings: Settings) -> AsyncIterator[Committed]:
    """A committed tenant with an invited user; removed afterwards."""
    engine: AsyncEngine = create_async_engine(settings.database_url)
    sessionmaker = create_sessionmaker(engine)
    tenant = Tenant(id=uuid7(), code=unique("mail"), name="送信建設")
    async with unit_of_work(sessionmaker, None) as session:
        await set_tenant(session, tenant.id)
        session.add(tenant)
        await session.flush()
        user = User(
            id=uuid7(),
            tenant_id=tenant.id,
            email=f"{tenant.code}@example.com",
            name="送信 花子",
            role=UserRole.staff,
            password_hash=NO_PASSWORD,
            branch_links=[],
        )
        session.add(user)
    yield Committed(sessionmaker, tenant, user)
    await engine.dispose()
    superuser = await migrated.postgres.superuser_connection(migrated.roles.database)
    try:
        for table in ("mail_outbox", "account_tokens", "users"):
            await superuser.execute(f"DELETE FROM {table} WHERE tenant_id = $1", tenant.id)
        await superuser.execute("DELETE FROM tenants WHERE id = $1", tenant.id)
    finally:
        await superuser.close()


def _erased(row: OutboxMail) -> bool:
    return row.body_sealed is None


async def _rows(sessionmaker: SessionMaker, tenant_id: UUID) -> list[OutboxMail]:
    async with unit_of_work(sessionmaker, None) as session:
        await set_tenant(session, tenant_id)
        return list(await session.scalars(select(OutboxMail)))


async def test_a_mail_goes_after_its_commit_and_never_before(
    committed: Committed, mail_settings: Settings, mailcatcher: MailCatcher
) -> None:
    jobs: list[str] = []
    async with unit_of_work(committed.sessionmaker, OrderedSink(jobs)) as session:
        await set_tenant(session, committed.tenant.id)
        user = await session.get_one(User, (committed.user.tenant_id, committed.user.id))
        await links.issue(session, mail_settings, committed.tenant, user, TokenPurpose.invitation)
        # Another worker looking now finds nothing: the row is not committed yet.
        tried = await send_due(committed.sessionmaker, mail_settings, committed.tenant.id)
        assert (tried, jobs, mailcatcher.messages()) == (0, [], [])
    assert jobs == [SEND_TASK]
    assert await send_due(committed.sessionmaker, mail_settings, committed.tenant.id) == 1
    assert [m["to"] for m in mailcatcher.messages()] == [[committed.user.email]]
    (row,) = await _rows(committed.sessionmaker, committed.tenant.id)
    assert (row.status, row.attempts, row.body_sealed) == (MailStatus.sent, 1, None)


async def test_a_rollback_sends_nothing(
    committed: Committed, mail_settings: Settings, mailcatcher: MailCatcher
) -> None:
    jobs: list[str] = []

    async def change_that_fails() -> None:
        async with unit_of_work(committed.sessionmaker, OrderedSink(jobs)) as session:
            await set_tenant(session, committed.tenant.id)
            user = await session.get_one(User, (committed.user.tenant_id, committed.user.id))
            await links.issue(
                session, mail_settings, committed.tenant, user, TokenPurpose.invitation
            )
            raise RuntimeError("the change failed after its mail was written")

    with pytest.raises(RuntimeError):
        await change_that_fails()
    assert await send_due(committed.sessionmaker, mail_settings, committed.tenant.id) == 0
    assert (
        jobs,
        mailcatcher.messages(),
        await _rows(committed.sessionmaker, committed.tenant.id),
    ) == ([], [], [])


async def test_an_smtp_outage_is_retried_and_the_mail_delivered_later(
    client: AsyncClient,
    session: AsyncSession,
    sessionmaker: SessionMaker,
    mail_settings: Settings,
    mailcatcher: MailCatcher,
) -> None:
    admin = await create_user(session, await create_tenant(session))
    headers = await bearer_of(client, admin.email, PASSWORD)
    email = f"later-{admin.email}"
    invited = await client.post(
        "/api/v1/users/invitations",
        json={"email": email, "name": "後日 届子", "role": "viewer"},
        headers=headers,
    )
    assert invited.status_code == 201, invited.text
    down = mail_settings.model_copy(
        update={"smtp_port": free_port(), "mail_backoff_base_seconds": 0.0}
    )
    assert await send_due(sessionmaker, down, admin.tenant_id) == 1
    (row,) = list(await session.scalars(select(OutboxMail)))
    await session.refresh(row)
    assert (row.status, row.attempts, mailcatcher.messages()) == (MailStatus.pending, 1, [])
    assert row.last_error is not None
    assert row.body_sealed is not None
    # Sealed to its row: the stored bytes do not hold the link, the cipher gives it back.
    text, _ = unseal_body(cipher_from_setting(down.encryption_keys.get_secret_value()), row)
    token = text.split("#token=")[1].split()[0]
    assert token.encode() not in row.body_sealed

    assert await send_due(sessionmaker, mail_settings, admin.tenant_id) == 1
    await session.refresh(row)
    assert (row.status, row.attempts) == (MailStatus.sent, 2)
    assert _erased(row)
    assert mailcatcher.link_token(email) == token
    assert (await accept(client, token)).status_code == 204


async def test_a_mail_past_its_time_fails_is_erased_and_shown_to_administrators(
    client: AsyncClient,
    session: AsyncSession,
    sessionmaker: SessionMaker,
    mail_settings: Settings,
    mailcatcher: MailCatcher,
) -> None:
    admin = await create_user(session, await create_tenant(session))
    headers = await bearer_of(client, admin.email, PASSWORD)
    await client.post("/api/v1/auth/password-reset", json={"email": admin.email})
    down = mail_settings.model_copy(update={"smtp_port": free_port()})
    assert await send_due(sessionmaker, down, admin.tenant_id) == 1
    assert (await client.get("/api/v1/mail/failures", headers=headers)).json() == []
    # Its link expired while the server stayed down.
    past = datetime.now(UTC) - timedelta(seconds=1)
    await session.execute(update(OutboxMail).values(give_up_at=past, next_attempt_at=past))
    assert await send_due(sessionmaker, mail_settings, admin.tenant_id) == 0
    (row,) = list(await session.scalars(select(OutboxMail)))
    await session.refresh(row)
    assert (row.status, row.body_sealed, mailcatcher.messages()) == (MailStatus.failed, None, [])
    failures = (await client.get("/api/v1/mail/failures", headers=headers)).json()
    assert [(f["kind"], f["recipient"], f["attempts"]) for f in failures] == [
        ("password_reset", admin.email, 1)
    ]


def test_a_retry_that_would_come_after_the_mails_time_gives_up_now(settings: Settings) -> None:
    now = datetime.now(UTC)
    row = OutboxMail(attempts=3, give_up_at=now + timedelta(seconds=60))
    longest = settings.model_copy(
        update={"mail_backoff_base_seconds": 30.0, "mail_backoff_max_seconds": 1800.0}
    )
    assert decide(longest, row, None, now) == (MailStatus.sent, None)
    assert decide(longest, row, "SMTPConnectError", now, lambda lo, hi: hi) == (
        MailStatus.failed,
        None,
    )
    assert decide(longest, row, "SMTPConnectError", now, lambda lo, hi: 10.0) == (
        MailStatus.pending,
        now + timedelta(seconds=10),
    )
