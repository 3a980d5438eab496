"""Settled mails are not kept forever: sent and given-up ones (their bodies already erased) go
after `mail_keep_days`, longer than any screen reads them — お知らせ shows 7 days of failures,
招待中 a user's newest invitation, whose link lives at most 30 days."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import UUID

from api.config import Settings
from api.db import SessionMaker, set_tenant, unit_of_work
from api.mail.outbox_repository import MailOutboxRepository


async def prune_settled(
    sessionmaker: SessionMaker, settings: Settings, tenant_id: UUID, now: datetime | None = None
) -> int:
    """Delete the tenant's settled mails older than the retention; answers how many."""
    before = (now or datetime.now(UTC)) - timedelta(days=settings.mail_keep_days)
    async with unit_of_work(sessionmaker, None) as session:
        await set_tenant(session, tenant_id)
        return await MailOutboxRepository(session).delete_settled_before(tenant_id, before)
