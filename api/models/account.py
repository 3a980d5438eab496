"""Account tokens sent by email, and staff sessions."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from uuid import UUID

from sqlalchemy import Index, String, func
from sqlalchemy.orm import Mapped, mapped_column

from api.models.base import IDMixin, Model, TenantMixin, str_enum, tenant_foreign_key


class TokenPurpose(StrEnum):
    invitation = "invitation"
    password_reset = "password_reset"
    email_change = "email_change"


class AccountToken(IDMixin, TenantMixin, Model):
    """A one-time link's token. Only its SHA-256 is stored; the token itself is in the email."""

    __tablename__ = "account_tokens"
    tenant_constraints = (
        tenant_foreign_key("user_id", "users", ondelete="CASCADE"),
        Index(None, "tenant_id", "user_id", "purpose"),
    )

    user_id: Mapped[UUID]
    purpose: Mapped[TokenPurpose] = mapped_column(str_enum(TokenPurpose, "token_purpose", 32))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    # The address an email change goes to, confirmed by following the link sent there.
    new_email: Mapped[str | None] = mapped_column(String(254))
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())


class UserSession(IDMixin, TenantMixin, Model):
    """One login: its access tokens carry this id and stop working once it is revoked."""

    __tablename__ = "user_sessions"
    tenant_constraints = (
        tenant_foreign_key("user_id", "users", ondelete="CASCADE"),
        Index(None, "tenant_id", "user_id", "created_at"),
    )

    user_id: Mapped[UUID]
    user_agent: Mapped[str] = mapped_column(String(256))
    client_address: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    last_seen_at: Mapped[datetime] = mapped_column(server_default=func.now())
    revoked_at: Mapped[datetime | None]
