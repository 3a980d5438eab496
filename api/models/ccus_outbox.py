"""The transactional outbox: every change CCUS must learn, written in the change's transaction."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any
from uuid import UUID

from sqlalchemy import Index, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from api.models.base import IDMixin, Model, TenantMixin, TimestampMixin, str_enum


class OutboxKind(StrEnum):
    site = "site"
    business = "business"
    worker = "worker"
    # One row per site: the site's unsent structure differences go out together, in order.
    structure = "structure"
    work_day = "work_day"


class OutboxStatus(StrEnum):
    """One state per record, each meaning one thing (ADR 0019)."""

    # Queued (送信待ち).
    pending = "pending"
    sending = "sending"
    # Work history: CCUS took the batch; per-record results come later (送信済・結果待ち).
    awaiting_result = "awaiting_result"
    # 保留: genba does not send it, as CCUS would refuse it (a GENB `hold_code`); sent by itself
    # once the missing ID is saved and checks ○.
    held = "held"
    # ○: CCUS accepted it.
    succeeded = "succeeded"
    # ✕: CCUS refused it (its own code in `error_code`).
    rejected = "rejected"
    cancelled = "cancelled"
    # 送信対象外: no CCUS subject yet (a site without 現場ID, a worker without 技能者ID).
    not_applicable = "not_applicable"


class OutboxRow(IDMixin, TenantMixin, TimestampMixin, Model):
    __tablename__ = "ccus_outbox"
    tenant_constraints = (
        # Every lookup by key names the tenant (a submission's results are one tenant's).
        UniqueConstraint("tenant_id", "idempotency_key"),
        # Editing an entity again before it went out re-queues the same row.
        Index(
            "uq_ccus_outbox_pending_entity",
            "tenant_id",
            "kind",
            "entity_id",
            unique=True,
            postgresql_where=text("status = 'pending'"),
        ),
        Index("ix_ccus_outbox_due", "scheduled_for", postgresql_where=text("status = 'pending'")),
        Index(
            "ix_ccus_outbox_submission",
            "submission_id",
            postgresql_where=text("status = 'awaiting_result'"),
        ),
        Index(None, "tenant_id", "kind", "entity_id"),
        Index(None, "tenant_id", "resolved_at"),
        Index(
            "ix_ccus_outbox_held",
            "tenant_id",
            "entity_id",
            postgresql_where=text("status = 'held'"),
        ),
    )

    kind: Mapped[OutboxKind] = mapped_column(str_enum(OutboxKind, "outbox_kind"))
    entity_id: Mapped[UUID]
    status: Mapped[OutboxStatus] = mapped_column(
        str_enum(OutboxStatus, "outbox_status"), default=OutboxStatus.pending
    )
    scheduled_for: Mapped[datetime]
    # Stays with the row through every retry, so CCUS never takes it as a second record.
    idempotency_key: Mapped[str] = mapped_column(String(64))
    # What a deletion must still say once the row it deletes is gone.
    payload: Mapped[dict[str, Any] | None]
    attempts: Mapped[int] = mapped_column(default=0)
    last_attempt_at: Mapped[datetime | None]
    submission_id: Mapped[str | None] = mapped_column(String(64))
    # genba's reason for holding the row (GENB codes only) …
    hold_code: Mapped[str | None] = mapped_column(String(16))
    hold_message: Mapped[str | None] = mapped_column(String(1000))
    # … and CCUS's, as CCUS sent it (never a GENB code).
    error_code: Mapped[str | None] = mapped_column(String(16))
    error_message: Mapped[str | None] = mapped_column(String(1000))
    sent_at: Mapped[datetime | None]
    resolved_at: Mapped[datetime | None]
    # A 施工体制 row (one per site) names no business or worker by its entity: the difference
    # CCUS refused does, and its result says whose it is (ADR 0017).
    subject_business_id: Mapped[UUID | None]
    subject_worker_id: Mapped[UUID | None]
