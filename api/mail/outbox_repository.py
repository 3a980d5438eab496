"""mail_outbox rows: leased for sending, then each outcome recorded; failures for お知らせ."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from uuid import UUID

from sqlalchemy import delete, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from api.models.mail import MailStatus, OutboxMail

# Due mails, leased in one statement: a worker killed mid-send leaves them due again when the
# lease runs out. SKIP LOCKED keeps two workers from taking the same mail.
_CLAIM = text(
    """
    UPDATE mail_outbox AS m
    SET next_attempt_at = :lease_until, attempts = m.attempts + 1, updated_at = now()
    FROM (
        SELECT id FROM mail_outbox
        WHERE tenant_id = :tenant_id AND status = 'pending' AND next_attempt_at <= :now
          AND give_up_at > :now
        ORDER BY next_attempt_at
        LIMIT :limit
        FOR UPDATE SKIP LOCKED
    ) AS due
    WHERE m.id = due.id
    RETURNING m.id
    """
)


class MailOutboxRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, row: OutboxMail) -> None:
        self.session.add(row)
        await self.session.flush()

    async def claim(
        self, tenant_id: UUID, now: datetime, lease: timedelta, limit: int
    ) -> list[OutboxMail]:
        params = {"tenant_id": tenant_id, "now": now, "lease_until": now + lease, "limit": limit}
        ids = list((await self.session.execute(_CLAIM, params)).scalars())
        if not ids:
            return []
        rows = await self.session.scalars(
            select(OutboxMail)
            .where(OutboxMail.tenant_id == tenant_id, OutboxMail.id.in_(ids))
            .execution_options(populate_existing=True)
        )
        return list(rows)

    async def record(
        self,
        tenant_id: UUID,
        mail_id: UUID,
        *,
        status: MailStatus,
        next_attempt_at: datetime | None,
        error: str | None,
        now: datetime,
    ) -> None:
        values: dict[str, object] = {"status": status, "last_error": error, "updated_at": now}
        if next_attempt_at is not None:
            values["next_attempt_at"] = next_attempt_at
        if status is not MailStatus.pending:
            # Sent or given up: the link in the body is no longer this row's to keep.
            values["body_sealed"] = None
        if status is MailStatus.sent:
            values["sent_at"] = now
        await self.session.execute(
            update(OutboxMail)
            .where(OutboxMail.tenant_id == tenant_id, OutboxMail.id == mail_id)
            .values(**values)
        )

    async def expire(self, tenant_id: UUID, now: datetime) -> int:
        """Mails whose time ran out while no try was under way (a worker died holding the
        lease): failed, and their bodies erased."""
        result = await self.session.execute(
            update(OutboxMail)
            .where(
                OutboxMail.tenant_id == tenant_id,
                OutboxMail.status == MailStatus.pending,
                OutboxMail.give_up_at <= now,
                OutboxMail.next_attempt_at <= now,
            )
            .values(
                status=MailStatus.failed,
                body_sealed=None,
                last_error=text("coalesce(last_error, 'expired')"),
                updated_at=now,
            )
            .returning(OutboxMail.id)
        )
        return len(result.all())

    async def delete_settled_before(self, tenant_id: UUID, before: datetime) -> int:
        """Sent and given-up mails last changed before `before`; never one still to be sent."""
        result = await self.session.execute(
            delete(OutboxMail)
            .where(
                OutboxMail.tenant_id == tenant_id,
                OutboxMail.status.in_([MailStatus.sent, MailStatus.failed]),
                OutboxMail.updated_at < before,
            )
            .returning(OutboxMail.id)
        )
        return len(result.all())

    async def failures(self, tenant_id: UUID, since: datetime) -> Sequence[OutboxMail]:
        """The notice on お知らせ: mails given up since `since`, newest first."""
        rows = await self.session.scalars(
            select(OutboxMail)
            .where(
                OutboxMail.tenant_id == tenant_id,
                OutboxMail.status == MailStatus.failed,
                OutboxMail.updated_at >= since,
            )
            .order_by(OutboxMail.updated_at.desc())
            .limit(50)
        )
        return rows.all()

    async def latest(
        self, tenant_id: UUID, user_ids: Sequence[UUID], kind: str
    ) -> dict[UUID, OutboxMail]:
        """Each user's newest mail of `kind`."""
        rows = await self.session.scalars(
            select(OutboxMail)
            .where(
                OutboxMail.tenant_id == tenant_id,
                OutboxMail.user_id.in_(user_ids),
                OutboxMail.kind == kind,
            )
            .order_by(OutboxMail.created_at, OutboxMail.id)
        )
        return {row.user_id: row for row in rows}
