from __future__ import annotations

from uuid import UUID

from sqlalchemy import Index
from sqlalchemy.orm import Mapped, mapped_column

from api.models.base import Model, TenantMixin, tenant_foreign_key


class SiteStaff(TenantMixin, Model):
    """現場担当者: a user of the tenant in charge of a site (a site may have several)."""

    __tablename__ = "site_staff"
    tenant_constraints = (
        tenant_foreign_key("site_id", "sites", ondelete="CASCADE"),
        tenant_foreign_key("user_id", "users", ondelete="CASCADE"),
        Index(None, "tenant_id", "user_id"),
    )

    site_id: Mapped[UUID] = mapped_column(primary_key=True)
    user_id: Mapped[UUID] = mapped_column(primary_key=True)
