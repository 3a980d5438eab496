"""Partner webhooks: endpoints, the events written in the change's transaction (the outbox) and
one delivery per event and endpoint."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any
from uuid import UUID

from sqlalchemy import Index, LargeBinary, String, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from api.models.base import (
    IDMixin,
    Model,
    TenantMixin,
    TimestampMixin,
    str_enum,
    tenant_foreign_key,
)


class DeliveryStatus(StrEnum):
    pending = "pending"
    succeeded = "succeeded"
    # Retried for the whole retry period without a 2xx answer.
    failed = "failed"


class WebhookEndpoint(IDMixin, TenantMixin, TimestampMixin, Model):
    """A partner's URL. Its signing secret is encrypted (it must be read to sign); during a
    rotation's overlap the previous secret signs too."""

    __tablename__ = "webhook_endpoints"

    url: Mapped[str] = mapped_column(String(2048))
    description: Mapped[str] = mapped_column(String(200), default="")
    event_types: Mapped[list[str]] = mapped_column(ARRAY(String(64)), default=list)
    secret_ciphertext: Mapped[bytes] = mapped_column(LargeBinary)
    previous_secret_ciphertext: Mapped[bytes | None] = mapped_column(LargeBinary)
    previous_secret_expires_at: Mapped[datetime | None]
    enabled: Mapped[bool] = mapped_column(default=True)
    disabled_at: Mapped[datetime | None]
    disabled_reason: Mapped[str | None] = mapped_column(String(200))


class WebhookEvent(IDMixin, TenantMixin, Model):
    """What happened, written in the same transaction as the change: the event id is the
    partner's de-duplication key."""

    __tablename__ = "webhook_events"
    tenant_constraints = (Index(None, "tenant_id", "created_at"),)

    type: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[UUID | None]
    data: Mapped[dict[str, Any]]
    created_at: Mapped[datetime] = mapped_column(server_default=text("now()"))


class WebhookDelivery(IDMixin, TenantMixin, TimestampMixin, Model):
    __tablename__ = "webhook_deliveries"
    tenant_constraints = (
        tenant_foreign_key("event_id", "webhook_events", ondelete="CASCADE"),
        tenant_foreign_key("endpoint_id", "webhook_endpoints", ondelete="CASCADE"),
        Index(
            "ix_webhook_deliveries_due",
            "tenant_id",
            "next_attempt_at",
            postgresql_where=text("status = 'pending'"),
        ),
        Index(None, "tenant_id", "endpoint_id", "created_at"),
    )

    event_id: Mapped[UUID]
    endpoint_id: Mapped[UUID]
    status: Mapped[DeliveryStatus] = mapped_column(
        str_enum(DeliveryStatus, "webhook_delivery_status"), default=DeliveryStatus.pending
    )
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(server_default=text("now()"))
    # The retry period runs from here: the event's time, or a manual redelivery's.
    retry_from: Mapped[datetime] = mapped_column(server_default=text("now()"))
    last_status_code: Mapped[int | None]
    last_latency_ms: Mapped[int | None]
    last_error: Mapped[str | None] = mapped_column(String(200))
    delivered_at: Mapped[datetime | None]
