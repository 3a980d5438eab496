"""Sending due mails: lease a batch (committed), send each over SMTP with no transaction open,
then record each outcome. A refused or unreachable server is tried again on the project's one
backoff (api/ccus/backoff) until the mail's time runs out (its link's expiry, or the retry
period): then it fails, its body is erased, and お知らせ shows administrators the failure.

At least once: a worker killed between the send and the record sends the mail again once the
lease runs out — the same link twice, which is harmless (it still works once)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from uuid import UUID

from api.ccus.backoff import Jitter, backoff
from api.config import Settings
from api.db import SessionMaker, set_tenant, unit_of_work
from api.kit.crypto import cipher_from_setting
from api.mail.outbox import unseal_body
from api.mail.outbox_repository import MailOutboxRepository
from api.mail.sender import Mail, send
from api.models.mail import MailStatus, OutboxMail

BATCH = 20


def decide(
    settings: Settings,
    row: OutboxMail,
    error: str | None,
    now: datetime,
    jitter: Jitter = random.uniform,
) -> tuple[MailStatus, datetime | None]:
    """Sent; or due again after the backoff; or failed when that would be past its time."""
    if error is None:
        return MailStatus.sent, None
    delay = backoff(
        row.attempts, settings.mail_backoff_base_seconds, settings.mail_backoff_max_seconds, jitter
    )
    next_attempt_at = now + timedelta(seconds=delay)
    if next_attempt_at >= row.give_up_at:
        return MailStatus.failed, None
    return MailStatus.pending, next_attempt_at


async def send_due(sessionmaker: SessionMaker, settings: Settings, tenant_id: UUID) -> int:
    """Send the tenant's due mails, a batch per lease, until none is due. Returns how many
    were tried."""
    cipher = cipher_from_setting(settings.encryption_keys.get_secret_value())
    lease = timedelta(seconds=settings.mail_lease_seconds)
    tried = 0
    while True:
        now = datetime.now(UTC)
        async with unit_of_work(sessionmaker, None) as session:
            await set_tenant(session, tenant_id)
            outbox = MailOutboxRepository(session)
            await outbox.expire(tenant_id, now)
            claimed = await outbox.claim(tenant_id, now, lease, BATCH)
            mails = [(row, unseal_body(cipher, row)) for row in claimed]
        if not claimed:
            return tried
        outcomes = []
        for row, (text_body, html_body) in mails:
            mail = Mail(row.recipient, row.subject, text_body, html_body, row.kind)
            outcomes.append(await send(settings, mail))
        async with unit_of_work(sessionmaker, None) as session:
            await set_tenant(session, tenant_id)
            outbox = MailOutboxRepository(session)
            for row, error in zip(claimed, outcomes, strict=True):
                now = datetime.now(UTC)
                status, next_attempt_at = decide(settings, row, error, now)
                await outbox.record(
                    tenant_id,
                    row.id,
                    status=status,
                    next_attempt_at=next_attempt_at,
                    error=error,
                    now=now,
                )
        tried += len(claimed)
        if len(claimed) < BATCH:
            return tried
