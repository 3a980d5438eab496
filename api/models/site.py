from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any
from uuid import UUID

from sqlalchemy import CheckConstraint, Enum, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from api.models.base import (
    IDMixin,
    Model,
    TenantMixin,
    TimestampMixin,
    str_enum,
    tenant_foreign_key,
)
from api.models.ccus_status import CcusOperation, CcusStatusMixin


class StructureMode(StrEnum):
    # 施工体制 kept in CCUS by hand.
    ccus = "ccus"
    # This system builds the structure from attendance and sends it (the recommended mode).
    send = "send"


class Site(IDMixin, TenantMixin, TimestampMixin, CcusStatusMixin, Model):
    """現場."""

    __tablename__ = "sites"
    tenant_constraints = (
        UniqueConstraint("tenant_id", "code"),
        tenant_foreign_key("branch_id", "branches"),
        Index(None, "tenant_id", "branch_id"),
        Index(None, "tenant_id", "ccus_site_id"),
        CheckConstraint(
            "period_end IS NULL OR period_start IS NULL OR period_end >= period_start",
            name="period",
        ),
    )

    branch_id: Mapped[UUID]
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(11))
    postal_code: Mapped[str | None] = mapped_column(String(7))
    prefecture_code: Mapped[str | None] = mapped_column(ForeignKey("prefectures.code"))
    city: Mapped[str] = mapped_column(String(100))
    city_kana: Mapped[str | None] = mapped_column(String(100))
    address: Mapped[str | None] = mapped_column(String(200))
    ccus_site_id: Mapped[str | None] = mapped_column(String(14))
    period_start: Mapped[date | None]
    period_end: Mapped[date | None]
    # 作業場所メモ: on makes the site a まとめ現場 whose attendance names a work location.
    work_location_memo: Mapped[bool] = mapped_column(default=False)
    work_locations: Mapped[list[Any]] = mapped_column(default=list)
    structure_mode: Mapped[StructureMode] = mapped_column(
        Enum(
            StructureMode,
            native_enum=False,
            length=8,
            create_constraint=True,
            name="structure_mode",
        ),
        default=StructureMode.send,
    )
    is_visible: Mapped[bool] = mapped_column(default=True)
    face_recognition: Mapped[bool] = mapped_column(default=False)
    uses_kentaikyo: Mapped[bool] = mapped_column(default=False)
    uses_legal_welfare: Mapped[bool] = mapped_column(default=False)
    uses_workers_comp: Mapped[bool] = mapped_column(default=False)
    # 現場一覧's CCUS連携 says 「更新」 or 「確認」 before the result: which answer it shows.
    ccus_operation: Mapped[CcusOperation | None] = mapped_column(
        str_enum(CcusOperation, "ccus_operation", 8), sort_order=94
    )
