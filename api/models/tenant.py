from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, SmallInteger, String, text
from sqlalchemy.orm import Mapped, mapped_column

from api.models.base import IDMixin, Model, TimestampMixin, str_enum


class TenantStatus(StrEnum):
    active = "active"
    # Every credential and job of the tenant is refused; its data stays as it was.
    suspended = "suspended"


class Tenant(IDMixin, TimestampMixin, Model):
    """A contracting company (契約会社). The registry of tenants is not itself tenant-owned."""

    __tablename__ = "tenants"
    __table_args__ = (
        CheckConstraint("day_boundary_hour BETWEEN 0 AND 12", name="day_boundary_hour"),
    )

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    # 日替わり時刻: events before this hour (Asia/Tokyo) count for the previous day, so a night
    # shift's exit after midnight closes the work day it started.
    day_boundary_hour: Mapped[int] = mapped_column(
        SmallInteger, default=0, server_default=text("0")
    )
    status: Mapped[TenantStatus] = mapped_column(
        str_enum(TenantStatus, "tenant_status"),
        default=TenantStatus.active,
        server_default=text("'active'"),
    )
    suspended_at: Mapped[datetime | None]
