from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from sqlalchemy import Index, String, func
from sqlalchemy.orm import Mapped, mapped_column

from api.models.base import IDMixin, Model, TenantMixin


class AuditLogEntry(IDMixin, TenantMixin, Model):
    """Who changed what. Append-only: the app role may insert and read, never update or delete."""

    __tablename__ = "audit_log"
    tenant_constraints = (
        Index(None, "tenant_id", "entity_type", "entity_id", "occurred_at"),
        Index(None, "tenant_id", "occurred_at"),
    )

    occurred_at: Mapped[datetime] = mapped_column(server_default=func.now())
    actor_type: Mapped[str] = mapped_column(String(16))
    actor_id: Mapped[UUID | None]
    actor_label: Mapped[str] = mapped_column(String(254))
    action: Mapped[str] = mapped_column(String(64))
    entity_type: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[UUID | None]
    changes: Mapped[dict[str, Any]] = mapped_column(default=dict)
    request_id: Mapped[str | None] = mapped_column(String(64))
