"""`queue_mail`: the one way an email leaves. Called in the transaction of the change that causes
it (an invitation, a reset, an email change), so a mail exists exactly when its change committed;
the worker is woken only after the commit, and the minute sweep finds whatever a lost wake-up
left. The body carries a one-time link: it is stored sealed to its row (AES-GCM, the project's
field cipher) and erased once the mail is sent or given up."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.kit.crypto import FieldCipher, FieldContext, cipher_from_setting
from api.kit.ids import uuid7
from api.kit.jobs import accepts_jobs, enqueue_after_commit
from api.mail.outbox_repository import MailOutboxRepository
from api.mail.sender import Mail
from api.models.mail import MailStatus, OutboxMail

SEND_TASK = "mail.send"
# Mails of one tenant within this window share one sending run.
SEND_WINDOW_SECONDS = 0.2


def body_context(tenant_id: UUID, mail_id: UUID) -> FieldContext:
    return FieldContext("mail_outbox", "body", tenant_id, mail_id)


def seal_body(cipher: FieldCipher, tenant_id: UUID, mail_id: UUID, mail: Mail) -> bytes:
    body = json.dumps({"text": mail.text, "html": mail.html}, ensure_ascii=False)
    return cipher.encrypt(body, body_context(tenant_id, mail_id))


def unseal_body(cipher: FieldCipher, row: OutboxMail) -> tuple[str, str]:
    assert row.body_sealed is not None
    body = json.loads(cipher.decrypt(row.body_sealed, body_context(row.tenant_id, row.id)))
    return body["text"], body["html"]


async def queue_mail(
    session: AsyncSession,
    settings: Settings,
    tenant_id: UUID,
    user_id: UUID,
    mail: Mail,
    *,
    link_expires_at: datetime,
) -> OutboxMail:
    """Write the mail into the outbox; it is tried until its link expires or the retry period
    ends, whichever comes first."""
    now = datetime.now(UTC)
    mail_id = uuid7()
    cipher = cipher_from_setting(settings.encryption_keys.get_secret_value())
    row = OutboxMail(
        id=mail_id,
        tenant_id=tenant_id,
        user_id=user_id,
        kind=mail.kind,
        recipient=mail.to,
        subject=mail.subject,
        body_sealed=seal_body(cipher, tenant_id, mail_id, mail),
        status=MailStatus.pending,
        attempts=0,
        next_attempt_at=now,
        give_up_at=min(link_expires_at, now + timedelta(hours=settings.mail_retry_hours)),
    )
    await MailOutboxRepository(session).add(row)
    wake_sender(session, tenant_id)
    return row


def wake_sender(session: AsyncSession, tenant_id: UUID) -> None:
    if not accepts_jobs(session):
        # A script's unit of work (the tenants CLI): it sends right after its commit itself,
        # and the minute sweep covers whatever it could not.
        return
    enqueue_after_commit(
        session,
        SEND_TASK,
        tenant_id,
        job_id=f"{SEND_TASK}:{tenant_id}",
        coalesce_seconds=SEND_WINDOW_SECONDS,
    )
