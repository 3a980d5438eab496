"""Attendance: raw terminal events as received, and the one work day per worker × site × date
folded from them (就業履歴)."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any
from uuid import UUID

from sqlalchemy import (
    ColumnElement,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    LargeBinary,
    PrimaryKeyConstraint,
    String,
    UniqueConstraint,
    and_,
    func,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from api.kit.ids import uuid7
from api.models.base import (
    Model,
    TenantMixin,
    TimestampMixin,
    str_enum,
    tenant_foreign_key,
)
from api.models.ccus_state import CcusState
from api.models.ccus_status import CcusStatusMixin


class EventKind(StrEnum):
    entry = "entry"
    exit = "exit"


class EventResult(StrEnum):
    accepted = "accepted"
    rejected = "rejected"


class WorkDaySource(StrEnum):
    terminal = "terminal"
    staff = "staff"


# The fold's queue: accepted events not yet in a work day. One predicate for the partial index,
# the fold's claim and link (api/attendance/event_repository.py) and every "still waiting" check.
UNFOLDED = "result = 'accepted' AND work_day_id IS NULL"


def by_month(column: str, *constraints: Any) -> tuple[Any, ...]:
    """Table arguments of history partitioned by month of `column` (ADR 0025): every key holds
    the partition column, so the tenant-wide UNIQUE (tenant_id, id) gives way to a primary key
    (tenant_id, id, column). The monthly partitions are made by api/attendance/partition_repository.py."""
    return (
        PrimaryKeyConstraint("tenant_id", "id", column),
        *constraints,
        {"postgresql_partition_by": f"RANGE ({column})"},
    )


class AttendanceEvent(TenantMixin, Model):
    """A terminal's event exactly as it arrived, with the answer it got, in the month of its
    `occurred_at`. A replay of the same terminal + event id is answered from here; the id itself
    is claimed in `attendance_event_keys`, whose key spans all months (a unique key here could
    hold within one month only). No foreign keys: a rejected event may name a site or worker
    that does not exist."""

    __tablename__ = "attendance_events"
    __table_args__ = by_month(
        "occurred_at",
        # Only lookups by a day use it: a fresh month without statistics was planned to read the
        # tenant's whole month through it for a replay's lookup by primary key.
        Index(None, "tenant_id", "work_day_id", postgresql_where=text("work_day_id IS NOT NULL")),
        Index("ix_attendance_events_unfolded", "tenant_id", "id", postgresql_where=text(UNFOLDED)),
        Index("ix_attendance_events_received_at_brin", "received_at", postgresql_using="brin"),
    )
    __mapper_args__ = {"primary_key": ["id"]}  # noqa: RUF012 - SQLAlchemy reads it per class

    # Unique in practice (uuid7) and the entity's identity; the table's key adds the month.
    id: Mapped[UUID] = mapped_column(primary_key=True, default=uuid7, sort_order=-20)

    terminal_id: Mapped[UUID]
    event_id: Mapped[str] = mapped_column(String(64))
    # sha256 of the event's content: the same id with other content is a conflict, not a replay.
    content_hash: Mapped[bytes] = mapped_column(LargeBinary(32))
    site_id: Mapped[UUID | None]
    worker_id: Mapped[UUID | None]
    kind: Mapped[EventKind] = mapped_column(str_enum(EventKind, "event_kind", 8))
    occurred_at: Mapped[datetime] = mapped_column(primary_key=True)
    work_location: Mapped[str | None] = mapped_column(String(50))
    result: Mapped[EventResult] = mapped_column(str_enum(EventResult, "event_result"))
    reject_code: Mapped[str | None] = mapped_column(String(64))
    work_day_id: Mapped[UUID | None]
    received_at: Mapped[datetime] = mapped_column(server_default=func.now())


class AttendanceEventKey(TenantMixin, Model):
    """The one claim of a terminal's event id across all months: the replay rule (same id, same
    content → answered from the stored event; other content → a conflict) must hold between
    months, which a unique index of the partitioned events cannot see. `occurred_at` says where
    the stored event is, so answering a replay reads one partition."""

    __tablename__ = "attendance_event_keys"
    __table_args__ = (PrimaryKeyConstraint("tenant_id", "terminal_id", "event_id"),)

    terminal_id: Mapped[UUID] = mapped_column(primary_key=True)
    event_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    content_hash: Mapped[bytes] = mapped_column(LargeBinary(32))
    # The stored event's key: the replay reads it by primary key in its month's partition.
    id: Mapped[UUID]
    occurred_at: Mapped[datetime]


def waiting_to_fold(tenant_id: UUID) -> ColumnElement[bool]:
    """The tenant's accepted events the worker has yet to fold: work days a moment from now."""
    return and_(AttendanceEvent.tenant_id == tenant_id, text(UNFOLDED))


class WorkDay(TenantMixin, TimestampMixin, CcusStatusMixin, Model):
    """就業履歴: one per worker × site × date (Asia/Tokyo, shifted by the tenant's day boundary).
    First entry and last exit; an entry without exit stays open, an exit without entry is kept."""

    __tablename__ = "work_days"
    __table_args__ = by_month(
        "work_date",
        UniqueConstraint("tenant_id", "site_id", "worker_id", "work_date"),
        # The day's site worker, which holds the site and the worker: one key for each day the
        # fold inserts instead of three (ADR 0026). It also keeps a worker's history on a site
        # from losing the site worker CCUS counts it under.
        ForeignKeyConstraint(
            ["tenant_id", "site_id", "worker_id"],
            ["site_workers.tenant_id", "site_workers.site_id", "site_workers.worker_id"],
            ondelete="RESTRICT",
        ),
        tenant_foreign_key("business_id", "businesses"),
        # The list (site or tenant by date), the calendar (site × month) and a worker's history.
        Index(None, "tenant_id", "work_date", "id"),
        Index(None, "tenant_id", "site_id", "work_date"),
        Index(None, "tenant_id", "worker_id", "work_date"),
        Index(None, "tenant_id", "business_id", "work_date"),
        Index("ix_work_days_work_date_brin", "work_date", postgresql_using="brin"),
    )
    __mapper_args__ = {"primary_key": ["id"]}  # noqa: RUF012 - SQLAlchemy reads it per class

    # Unique in practice (uuid7) and the entity's identity; the table's key adds the month.
    id: Mapped[UUID] = mapped_column(primary_key=True, default=uuid7, sort_order=-20)

    # No key to tenants of its own: those of its site worker and business imply it.
    tenant_id: Mapped[UUID] = mapped_column(primary_key=True, sort_order=-10)
    site_id: Mapped[UUID]
    worker_id: Mapped[UUID]
    business_id: Mapped[UUID]
    work_date: Mapped[date] = mapped_column(primary_key=True)
    entry_at: Mapped[datetime | None]
    exit_at: Mapped[datetime | None]
    occupation_id: Mapped[UUID] = mapped_column(ForeignKey("occupations.id"))
    position_code: Mapped[str | None] = mapped_column(ForeignKey("positions.code"))
    work_location: Mapped[str | None] = mapped_column(String(50))
    source: Mapped[WorkDaySource] = mapped_column(str_enum(WorkDaySource, "work_day_source", 8))
    # The one state towards CCUS (ADR 0019); `ccus_status` follows it coarsely. A hold's GENB
    # code is kept apart from CCUS's own `ccus_error_code`.
    ccus_state: Mapped[CcusState] = mapped_column(
        str_enum(CcusState, "work_day_ccus_state"),
        default=CcusState.pending,
        server_default=text("'pending'"),
        sort_order=94,
    )
    ccus_hold_code: Mapped[str | None] = mapped_column(String(16), sort_order=95)
