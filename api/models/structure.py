from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any
from uuid import UUID

from sqlalchemy import (
    CheckConstraint,
    Enum,
    ForeignKey,
    Index,
    SmallInteger,
    String,
    UniqueConstraint,
    false,
    func,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from api.models.base import IDMixin, Model, TenantMixin, TimestampMixin, tenant_foreign_key

MAX_TIER = 5


class Consent(StrEnum):
    unanswered = "unanswered"
    agreed = "agreed"
    refused = "refused"


class SiteBusiness(IDMixin, TenantMixin, TimestampMixin, Model):
    """施工体制: a business working on a site, with its tier (次数) and upper business."""

    __tablename__ = "site_businesses"
    tenant_constraints = (
        UniqueConstraint("tenant_id", "site_id", "business_id"),
        tenant_foreign_key("site_id", "sites", ondelete="CASCADE"),
        tenant_foreign_key("business_id", "businesses"),
        tenant_foreign_key("upper_business_id", "businesses"),
        Index(None, "tenant_id", "business_id"),
        CheckConstraint(f"tier BETWEEN 1 AND {MAX_TIER}", name="tier"),
        CheckConstraint("upper_business_id IS DISTINCT FROM business_id", name="not_own_upper"),
    )

    site_id: Mapped[UUID]
    business_id: Mapped[UUID]
    tier: Mapped[int] = mapped_column(SmallInteger, default=1)
    upper_business_id: Mapped[UUID | None]
    display_order: Mapped[int] = mapped_column(default=0)
    # 健康保険 / 年金保険 / 雇用保険 / 建退共: codes from the insurance_values master.
    insurance: Mapped[dict[str, Any]] = mapped_column(default=dict)
    permit_number: Mapped[str | None] = mapped_column(String(30))
    consent: Mapped[Consent] = mapped_column(
        Enum(Consent, native_enum=False, length=16, create_constraint=True, name="consent"),
        default=Consent.unanswered,
    )
    # 法定福利 / 現場労災 on this site: used, not used, or null when not answered yet (未).
    legal_welfare: Mapped[bool | None]
    workers_comp: Mapped[bool | None]


class StructureChangeKind(StrEnum):
    added = "added"
    updated = "updated"
    removed = "removed"
    worker_added = "worker_added"
    worker_updated = "worker_updated"
    worker_removed = "worker_removed"


class StructureChange(IDMixin, TenantMixin, Model):
    """One difference in a site's structure, kept for the CCUS sender (which sends them in order)."""

    __tablename__ = "structure_changes"
    tenant_constraints = (
        tenant_foreign_key("site_id", "sites", ondelete="CASCADE"),
        Index(None, "tenant_id", "site_id", "created_at"),
        # Every ID check's ○ asks for the few differences still unsent or refused of its entity
        # (requeue_for_fix): small partial indexes, not a scan of the tenant's history.
        Index("ix_structure_changes_unsent", "tenant_id", postgresql_where=text("sent_at IS NULL")),
        Index(
            "ix_structure_changes_refused",
            "tenant_id",
            "ccus_error_code",
            postgresql_where=text("ccus_error_code IS NOT NULL"),
        ),
        # A refused record's エラー対象者一覧: the differences its outbox row sent and CCUS refused.
        Index(
            "ix_structure_changes_refused_by",
            "tenant_id",
            "outbox_id",
            postgresql_where=text("ccus_error_code IS NOT NULL"),
        ),
    )

    site_id: Mapped[UUID]
    business_id: Mapped[UUID]
    worker_id: Mapped[UUID | None]
    kind: Mapped[StructureChangeKind] = mapped_column(
        Enum(
            StructureChangeKind,
            native_enum=False,
            length=16,
            create_constraint=True,
            name="structure_change_kind",
        )
    )
    changes: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    # Set once CCUS answered for this difference (sites in `send` mode only).
    sent_at: Mapped[datetime | None]
    # How often it was sent again after CCUS refused it and the cause was fixed: part of its key,
    # since CCUS answers a key it has seen with its first answer.
    resends: Mapped[int] = mapped_column(default=0, server_default=text("0"))
    ccus_error_code: Mapped[str | None] = mapped_column(String(16))
    ccus_error_message: Mapped[str | None] = mapped_column(String(1000))
    # The outbox row (施工体制 of the site) that last sent it.
    outbox_id: Mapped[UUID | None]


class SiteWorker(IDMixin, TenantMixin, TimestampMixin, Model):
    """施工体制技能者: a worker who entered a site, with the occupation and position used there."""

    __tablename__ = "site_workers"
    tenant_constraints = (
        UniqueConstraint("tenant_id", "site_id", "worker_id"),
        tenant_foreign_key("site_id", "sites", ondelete="CASCADE"),
        tenant_foreign_key("worker_id", "workers"),
        tenant_foreign_key("business_id", "businesses"),
        Index(None, "tenant_id", "worker_id"),
    )

    site_id: Mapped[UUID]
    worker_id: Mapped[UUID]
    business_id: Mapped[UUID]
    occupation_id: Mapped[UUID] = mapped_column(ForeignKey("occupations.id"))
    position_code: Mapped[str | None] = mapped_column(ForeignKey("positions.code"))
    is_spot: Mapped[bool] = mapped_column(default=False)
    insurance: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # 特別加入労災保険 (owners and 一人親方 insure themselves).
    special_accident_insurance: Mapped[bool] = mapped_column(default=False, server_default=false())
    first_work_date: Mapped[date | None]
