from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from api.models.base import IDMixin, Model, TimestampMixin


class Tenant(IDMixin, TimestampMixin, Model):
    """A contracting company (契約会社). The registry of tenants is not itself tenant-owned."""

    __tablename__ = "tenants"

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
