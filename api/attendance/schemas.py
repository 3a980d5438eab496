from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated
from uuid import UUID

from pydantic import Field

from api.kit.fields import Text4, Text50
from api.kit.schemas import CcusLink, Instant, Schema, TimestampedSchema
from api.kit.temporal import WallClock, WorkDate, WorkInstant
from api.kit.updates import PatchSchema, keep
from api.models.attendance import WorkDay as WorkDayRow
from api.models.attendance import WorkDaySource
from api.models.ccus_state import CcusState

MAX_BULK_ROWS = 500
MAX_BULK_DAYS = 31
SKILL_THRESHOLDS = {2: 645, 3: 1505, 4: 2150}


class DayState(StrEnum):
    complete = "complete"
    # Entered, not (yet) exited: stays visible until someone fixes it.
    open = "open"
    # An exit with no entry: kept and flagged.
    exit_only = "exit_only"


class Ref(Schema):
    id: UUID
    code: str
    name: str


class WorkDay(TimestampedSchema, CcusLink):
    ccus_state: CcusState = Field(
        description="The one state towards CCUS; `ccus_status` is its coarse form."
    )
    ccus_hold_code: str | None = Field(description="genba's reason for holding it (GENB…).")
    site: Ref
    worker: Ref
    business: Ref
    work_date: date
    entry_at: Instant | None
    exit_at: Instant | None
    state: DayState
    occupation_id: UUID
    position_code: str | None
    work_location: str | None
    source: WorkDaySource


Location = Text50 | None
PositionCode = Text4 | None


class WorkDayCreate(Schema):
    """手動登録: one work day a worker forgot to check in for."""

    site_id: UUID
    worker_id: UUID
    entry_at: WorkInstant | None = None
    exit_at: WorkInstant | None = None
    occupation_id: UUID | None = Field(default=None, description="Default: the site worker's.")
    position_code: PositionCode = None
    work_location: Location = None


class WorkDayUpdate(PatchSchema):
    orm_model = WorkDayRow

    entry_at: WorkInstant | None = None
    exit_at: WorkInstant | None = None
    occupation_id: UUID = keep()
    position_code: PositionCode = None
    work_location: Location = None


class BulkRow(Schema):
    worker_id: UUID
    business_id: UUID | None = Field(
        default=None, description="Checked against the worker's business."
    )
    work_date: WorkDate | None = Field(
        default=None,
        description=(
            "The row's own work day. Without it the row applies to every day of the batch's"
            " date_from–date_to (the form before per-row dates)."
        ),
    )
    occupation_id: UUID | None = None
    position_code: PositionCode = None
    entry_time: WallClock
    exit_time: WallClock | None = Field(
        default=None,
        description=(
            "Earlier than entry_time: the next morning. A dated row may leave it open only for"
            " today's work day (`work_day.exit_required` otherwise)."
        ),
    )
    work_location: Location = None


RANGE_ONLY = "Only for rows without their own work_date; deprecated, give each row its work_date."


class BulkEntry(Schema):
    """一括登録: rows of workers, each on its own work_date (or, as before per-row dates, on
    every day of date_from–date_to). All rows are written or none; each error names its row."""

    site_id: UUID
    date_from: WorkDate | None = Field(
        default=None, description=RANGE_ONLY, json_schema_extra={"deprecated": True}
    )
    date_to: WorkDate | None = Field(
        default=None, description=RANGE_ONLY, json_schema_extra={"deprecated": True}
    )
    rows: Annotated[list[BulkRow], Field(min_length=1, max_length=MAX_BULK_ROWS)]


class BulkResult(Schema):
    work_days: int = Field(description="Work days written or merged.")


class CalendarDay(Schema):
    work_day_id: UUID
    state: DayState
    ccus_status: str
    ccus_state: CcusState
    ccus_hold_code: str | None
    ccus_error_code: str | None


class CalendarWorker(Schema):
    worker: Ref
    business_id: UUID
    days: dict[date, CalendarDay]
    total_days: int
    ccus_valid_days: int


class SiteCalendar(Schema):
    site_id: UUID
    month: str = Field(description="YYYY-MM")
    workers: list[CalendarWorker]


class Threshold(Schema):
    level: int = Field(description="CCUS skill level (レベル) the days count toward.")
    days: int
    reached: bool
    remaining: int


class Career(Schema):
    worker_id: UUID
    total_days: int = Field(description="Work days recorded here, on every site.")
    ccus_valid_days: int = Field(description="Work days CCUS accepted.")
    thresholds: list[Threshold]


class UsageFee(Schema):
    """現場利用料 preview: CCUS charges per person-day per site."""

    site_id: UUID
    month: str
    person_days: int
    unit_yen: int
    fee_yen: int
