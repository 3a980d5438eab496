from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any
from uuid import UUID

from sqlalchemy import Index, LargeBinary, String
from sqlalchemy.orm import Mapped, deferred, mapped_column

from api.models.base import IDMixin, Model, TenantMixin, TimestampMixin, str_enum


class ImportKind(StrEnum):
    businesses = "businesses"
    workers = "workers"


class ImportMode(StrEnum):
    # Any error: nothing is written.
    all_or_nothing = "all_or_nothing"
    # Valid rows are written; the others are reported.
    valid_rows_only = "valid_rows_only"


class ImportStatus(StrEnum):
    queued = "queued"
    running = "running"
    succeeded = "succeeded"
    failed = "failed"


class ImportJob(IDMixin, TenantMixin, TimestampMixin, Model):
    """An uploaded spreadsheet and its progress. The file lives here, not in Redis, so a lost
    wake-up or a restarted worker loses nothing: the sweep finds queued imports."""

    __tablename__ = "import_jobs"
    tenant_constraints = (Index(None, "tenant_id", "created_at"), Index(None, "status"))

    kind: Mapped[ImportKind] = mapped_column(str_enum(ImportKind, "import_kind"))
    mode: Mapped[ImportMode] = mapped_column(str_enum(ImportMode, "import_mode"))
    status: Mapped[ImportStatus] = mapped_column(
        str_enum(ImportStatus, "import_status"), default=ImportStatus.queued
    )
    file_name: Mapped[str] = mapped_column(String(255))
    content: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))
    rows_total: Mapped[int] = mapped_column(default=0)
    rows_done: Mapped[int] = mapped_column(default=0)
    rows_imported: Mapped[int] = mapped_column(default=0)
    error_code: Mapped[str | None] = mapped_column(String(64))
    error_detail: Mapped[str | None] = mapped_column(String(1000))
    row_errors: Mapped[list[dict[str, Any]]] = mapped_column(default=list)
    created_by_user_id: Mapped[UUID | None]
    started_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]
    attempts: Mapped[int] = mapped_column(default=0)
