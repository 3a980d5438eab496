from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from uuid import UUID

from sqlalchemy import Enum, String, UniqueConstraint, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from api.models.base import IDMixin, Model, TenantMixin, TimestampMixin, tenant_foreign_key


class UserRole(StrEnum):
    admin = "admin"
    staff = "staff"
    viewer = "viewer"


# An invited account has no password until the invitee sets one: no hash verifies against it.
NO_PASSWORD = ""


class User(IDMixin, TenantMixin, TimestampMixin, Model):
    __tablename__ = "users"
    # An address is unique within a tenant only: another tenant's use of it is none of its
    # business (ADR 0021).
    tenant_constraints = (UniqueConstraint("tenant_id", "email"),)

    email: Mapped[str] = mapped_column(String(254))
    name: Mapped[str] = mapped_column(String(100))
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[UserRole] = mapped_column(
        Enum(UserRole, native_enum=False, length=16, create_constraint=True, name="user_role")
    )
    is_active: Mapped[bool] = mapped_column(default=True)
    # Bumped on password change or deactivation; tokens carrying an older value stop working.
    session_version: Mapped[int] = mapped_column(default=1)
    last_login_at: Mapped[datetime | None]

    branch_links: Mapped[list[UserBranch]] = relationship(
        lazy="raise", cascade="all, delete-orphan", passive_deletes=True
    )

    @property
    def invitation_pending(self) -> bool:
        return self.password_hash == NO_PASSWORD

    @property
    def branch_ids(self) -> list[UUID]:
        return [link.branch_id for link in self.branch_links]


class UserBranch(TenantMixin, Model):
    """A branch a staff user is limited to. A user with no rows here sees every branch."""

    __tablename__ = "user_branches"
    tenant_constraints = (
        tenant_foreign_key("user_id", "users", ondelete="CASCADE"),
        tenant_foreign_key("branch_id", "branches"),
    )

    user_id: Mapped[UUID] = mapped_column(primary_key=True)
    branch_id: Mapped[UUID] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
