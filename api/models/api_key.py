from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from uuid import UUID

from sqlalchemy import Enum, String
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.dialects.postgresql import UUID as PgUUID
from sqlalchemy.orm import Mapped, mapped_column

from api.models.base import IDMixin, Model, TenantMixin, TimestampMixin


class ApiKeyKind(StrEnum):
    terminal = "terminal"
    partner = "partner"


class ApiKey(IDMixin, TenantMixin, TimestampMixin, Model):
    """A machine credential. Only an HMAC of its secret is stored; the secret is shown once."""

    __tablename__ = "api_keys"

    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[ApiKeyKind] = mapped_column(
        Enum(ApiKeyKind, native_enum=False, length=16, create_constraint=True, name="api_key_kind")
    )
    # Public, unique identifier embedded in the key; finds the row before the secret is checked.
    prefix: Mapped[str] = mapped_column(String(16), unique=True)
    secret_hash: Mapped[str] = mapped_column(String(64))
    scopes: Mapped[list[str]] = mapped_column(ARRAY(String(64)), default=list)
    site_ids: Mapped[list[UUID]] = mapped_column(ARRAY(PgUUID(as_uuid=True)), default=list)
    created_by_user_id: Mapped[UUID | None]
    last_used_at: Mapped[datetime | None]
    expires_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]
