from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any
from uuid import UUID

from sqlalchemy import CheckConstraint, ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from api.models.base import (
    IDMixin,
    Model,
    TenantMixin,
    TimestampMixin,
    str_enum,
    tenant_foreign_key,
)


class PermitAuthority(StrEnum):
    # 国土交通大臣許可: offices in two or more prefectures.
    minister = "minister"
    # 都道府県知事許可: the prefecture is part of the permit.
    governor = "governor"


class PermitGrade(StrEnum):
    general = "general"  # 般 (一般建設業)
    special = "special"  # 特 (特定建設業)


class BusinessPermit(IDMixin, TenantMixin, TimestampMixin, Model):
    """建設業許可番号: one of a business's construction permits, e.g. 東京都知事許可(般)第12345号."""

    __tablename__ = "business_permits"
    tenant_constraints = (
        tenant_foreign_key("business_id", "businesses", ondelete="CASCADE"),
        Index(None, "tenant_id", "business_id"),
        CheckConstraint(
            "(authority = 'governor') = (prefecture_code IS NOT NULL)", name="governor_prefecture"
        ),
        CheckConstraint("number BETWEEN 1 AND 999999", name="number"),
    )

    business_id: Mapped[UUID]
    authority: Mapped[PermitAuthority] = mapped_column(
        str_enum(PermitAuthority, "permit_authority")
    )
    prefecture_code: Mapped[str | None] = mapped_column(ForeignKey("prefectures.code"))
    grade: Mapped[PermitGrade] = mapped_column(str_enum(PermitGrade, "permit_grade"))
    number: Mapped[int]
    # 業種: the short names of the 29 trades of 建設業法 (土, 建, 大 …), see api/permits/trades.py.
    trades: Mapped[list[Any]] = mapped_column(default=list)
    expires_on: Mapped[date]
