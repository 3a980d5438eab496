from __future__ import annotations

from sqlalchemy import String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from api.models.base import IDMixin, Model, TenantMixin, TimestampMixin


class Branch(IDMixin, TenantMixin, TimestampMixin, Model):
    """拠点・支店: sites belong to one branch, businesses to one or more."""

    __tablename__ = "branches"
    tenant_constraints = (UniqueConstraint("tenant_id", "code"),)

    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(100))
    display_order: Mapped[int] = mapped_column(default=0)
