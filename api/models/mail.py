"""The mail outbox: each account email is a row written in the transaction of the change that
causes it, and the worker sends it after the commit."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from uuid import UUID

from sqlalchemy import Index, LargeBinary, String, text
from sqlalchemy.orm import Mapped, mapped_column

from api.models.base import (
    IDMixin,
    Model,
    TenantMixin,
    TimestampMixin,
    str_enum,
    tenant_foreign_key,
)


class MailStatus(StrEnum):
    pending = "pending"
    sent = "sent"
    failed = "failed"


class OutboxMail(IDMixin, TenantMixin, TimestampMixin, Model):
    __tablename__ = "mail_outbox"
    tenant_constraints = (
        tenant_foreign_key("user_id", "users", ondelete="CASCADE"),
        Index(
            "ix_mail_outbox_due",
            "tenant_id",
            "next_attempt_at",
            postgresql_where=text("status = 'pending'"),
        ),
        Index(None, "tenant_id", "status", "updated_at"),
    )

    user_id: Mapped[UUID]
    kind: Mapped[str] = mapped_column(String(32))
    recipient: Mapped[str] = mapped_column(String(254))
    subject: Mapped[str] = mapped_column(String(200))
    # Text and HTML, which carry a one-time link: sealed to this row, erased once sent or given up.
    body_sealed: Mapped[bytes | None] = mapped_column(LargeBinary)
    status: Mapped[MailStatus] = mapped_column(
        str_enum(MailStatus, "mail_status"), default=MailStatus.pending
    )
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(server_default=text("now()"))
    # Never later than the link's own expiry: a mail whose link is dead is not worth sending.
    give_up_at: Mapped[datetime]
    last_error: Mapped[str | None] = mapped_column(String(200))
    sent_at: Mapped[datetime | None]
