"""Master data shipped as versioned files (api/masters/data) and loaded by migrations."""

from __future__ import annotations

from uuid import UUID

from sqlalchemy import ForeignKey, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column

from api.models.base import IDMixin, Model, TimestampMixin


class Prefecture(Model):
    __tablename__ = "prefectures"

    code: Mapped[str] = mapped_column(String(2), primary_key=True)
    name: Mapped[str] = mapped_column(String(8))


class Occupation(IDMixin, TimestampMixin, Model):
    """職種 (大分類/小分類). Shipped rows have no tenant; a tenant's admins add their own."""

    __tablename__ = "occupations"
    __table_args__ = (
        Index(
            "uq_occupations_shipped_codes",
            "major_code",
            "minor_code",
            unique=True,
            postgresql_where=text("tenant_id IS NULL"),
        ),
        Index(
            "uq_occupations_tenant_codes",
            "tenant_id",
            "major_code",
            "minor_code",
            unique=True,
            postgresql_where=text("tenant_id IS NOT NULL"),
        ),
    )

    tenant_id: Mapped[UUID | None] = mapped_column(
        ForeignKey("tenants.id", ondelete="RESTRICT"), sort_order=-10
    )
    major_code: Mapped[str] = mapped_column(String(4))
    major_name: Mapped[str] = mapped_column(String(50))
    minor_code: Mapped[str] = mapped_column(String(4))
    minor_name: Mapped[str] = mapped_column(String(50))
    # Whether the 小分類 counts for 能力評価; None where no source says.
    evaluable: Mapped[bool | None]
    # confirmed / seed / inferred for shipped rows, tenant for a tenant's own.
    confidence: Mapped[str] = mapped_column(String(16))
    source: Mapped[str] = mapped_column(String(300), default="")
    is_active: Mapped[bool] = mapped_column(default=True)


class Position(Model):
    """立場 on site (職長, 班長 …)."""

    __tablename__ = "positions"

    code: Mapped[str] = mapped_column(String(4), primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    is_management: Mapped[bool] = mapped_column(default=False)


class EmploymentType(Model):
    """雇用区分 (事業主, 労働者, 一人親方 …)."""

    __tablename__ = "employment_types"

    code: Mapped[str] = mapped_column(String(4), primary_key=True)
    name: Mapped[str] = mapped_column(String(50))


class InsuranceValue(Model):
    """Values for 健康保険 / 年金保険 / 雇用保険 / 建退共 status."""

    __tablename__ = "insurance_values"

    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    code: Mapped[str] = mapped_column(String(4), primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
