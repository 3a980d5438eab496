"""CCUS link state carried by every entity CCUS must learn (the CCUS issue fills it in)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Enum, String
from sqlalchemy.orm import Mapped, declared_attr, mapped_column


class CcusStatus(StrEnum):
    # Nothing to send: no CCUS ID yet.
    not_linked = "not_linked"
    # A change waits to be sent or checked.
    pending = "pending"
    synced = "synced"
    failed = "failed"


class CcusOperation(StrEnum):
    """What CCUS last answered about an entity: a sent change (「更新」) or an ID check (「確認」)."""

    update = "update"
    check = "check"


class CcusStatusMixin:
    @declared_attr
    def ccus_status(cls) -> Mapped[CcusStatus]:
        return mapped_column(
            Enum(
                CcusStatus, native_enum=False, length=16, create_constraint=True, name="ccus_status"
            ),
            default=CcusStatus.not_linked,
            sort_order=90,
        )

    ccus_checked_at: Mapped[datetime | None] = mapped_column(sort_order=91)
    ccus_error_code: Mapped[str | None] = mapped_column(String(16), sort_order=92)
    ccus_error_message: Mapped[str | None] = mapped_column(String(1000), sort_order=93)
