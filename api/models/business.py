from __future__ import annotations

from uuid import UUID

from sqlalchemy import ForeignKey, Index, LargeBinary, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from api.models.base import IDMixin, Model, TenantMixin, TimestampMixin, tenant_foreign_key
from api.models.ccus_status import CcusStatusMixin


class Business(IDMixin, TenantMixin, TimestampMixin, CcusStatusMixin, Model):
    """事業者: the tenant itself or a subcontractor. Its tier (次数) is decided per site."""

    __tablename__ = "businesses"
    tenant_constraints = (
        UniqueConstraint("tenant_id", "code"),
        Index(
            "uq_businesses_tenant_id_ccus_business_id",
            "tenant_id",
            "ccus_business_id",
            unique=True,
            postgresql_where=text("ccus_business_id IS NOT NULL"),
        ),
        Index(
            "uq_businesses_own_company",
            "tenant_id",
            unique=True,
            postgresql_where=text("is_own_company"),
        ),
    )

    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200))
    name_kana: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str] = mapped_column(String(11))
    email: Mapped[str | None] = mapped_column(String(254))
    postal_code: Mapped[str | None] = mapped_column(String(7))
    prefecture_code: Mapped[str | None] = mapped_column(ForeignKey("prefectures.code"))
    address: Mapped[str | None] = mapped_column(String(200))
    fax: Mapped[str | None] = mapped_column(String(11))
    representative_name: Mapped[str | None] = mapped_column(String(100))
    office_name: Mapped[str | None] = mapped_column(String(200))
    kentaikyo_contract_number: Mapped[str | None] = mapped_column(String(20))
    ccus_business_id: Mapped[str | None] = mapped_column(String(14))
    verification_number_encrypted: Mapped[bytes | None] = mapped_column(LargeBinary)
    # The tenant's own company (元請) heads every site structure.
    is_own_company: Mapped[bool] = mapped_column(default=False)

    branch_links: Mapped[list[BusinessBranch]] = relationship(
        lazy="raise", cascade="all, delete-orphan", passive_deletes=True
    )

    @property
    def branch_ids(self) -> list[UUID]:
        return sorted(link.branch_id for link in self.branch_links)


class BusinessBranch(TenantMixin, Model):
    """所属支店: a business belongs to one or more branches."""

    __tablename__ = "business_branches"
    tenant_constraints = (
        tenant_foreign_key("business_id", "businesses", ondelete="CASCADE"),
        tenant_foreign_key("branch_id", "branches"),
        Index(None, "tenant_id", "branch_id"),
    )

    business_id: Mapped[UUID] = mapped_column(primary_key=True)
    branch_id: Mapped[UUID] = mapped_column(primary_key=True)
