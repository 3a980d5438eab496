"""Settled mails go after the retention, from the minute sweep: sent and given-up ones only,
never one still to be sent, and only the tenant's own."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.db import SessionMaker, set_tenant
from api.kit.ids import uuid7
from api.mail import tasks
from api.mail.retention import prune_settled
from api.models.mail import MailStatus, OutboxMail
from api.models.user import User
from tests.fixtures.factories import create_tenant, create_user


async def _mail(session: AsyncSession, user: User, status: MailStatus, days_ago: float) -> UUID:
    at = datetime.now(UTC) - timedelta(days=days_ago)
    await set_tenant(session, user.tenant_id)
    row = OutboxMail(
        id=uuid7(),
        tenant_id=user.tenant_id,
        user_id=user.id,
        kind="invitation",
        recipient=user.email,
        subject="招待",
        status=status,
        next_attempt_at=at,
        give_up_at=at + timedelta(hours=24),
        created_at=at,
        updated_at=at,
    )
    session.add(row)
    await session.flush()
    return row.id


async def _left(session: AsyncSession, user: User) -> set[UUID]:
    await set_tenant(session, user.tenant_id)
    return set(await session.scalars(select(OutboxMail.id)))


async def test_settled_mails_past_the_retention_go_and_the_rest_stay(
    session: AsyncSession, sessionmaker: SessionMaker, settings: Settings
) -> None:
    keep = settings.mail_keep_days
    user = await create_user(session, await create_tenant(session))
    other = await create_user(session, await create_tenant(session))
    old_sent = await _mail(session, user, MailStatus.sent, keep + 1)
    old_failed = await _mail(session, user, MailStatus.failed, keep + 1)
    recent = await _mail(session, user, MailStatus.sent, keep - 1)
    waiting = await _mail(session, user, MailStatus.pending, keep + 1)
    others = await _mail(session, other, MailStatus.sent, keep + 1)

    assert await prune_settled(sessionmaker, settings, user.tenant_id) == 2
    assert await _left(session, user) == {recent, waiting}
    assert {old_sent, old_failed}.isdisjoint(await _left(session, user))
    assert await _left(session, other) == {others}

    # The minute sweep prunes every tenant.
    counts = await tasks.sweep({"sessionmaker": sessionmaker, "settings": settings})
    assert counts["pruned"] >= 1
    assert await _left(session, other) == set()
