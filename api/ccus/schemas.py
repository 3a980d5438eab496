from __future__ import annotations

from datetime import date, datetime
from typing import Any, Self
from uuid import UUID

from pydantic import Field, model_validator

from api.kit.ccus_check_filters import CheckResult
from api.kit.cross_field import broken_rule
from api.kit.fields import Text16
from api.kit.schemas import Schema
from api.kit.temporal import PeriodDate
from api.models.ccus_outbox import OutboxKind, OutboxStatus


class KindCounts(Schema):
    processed: int
    succeeded: int
    failed: int = Field(description="CCUS refused them (rejected); a hold is never a failure.")
    held: int = Field(description="genba held them back (保留), as CCUS would refuse them.")


class ResultDay(Schema):
    """One row of CCUS連携結果: a day, and per kind the records CCUS answered for."""

    day: date
    kinds: dict[OutboxKind, KindCounts]


class Label(Schema):
    id: UUID | None
    name: str | None
    ccus_id: str | None


class FailureSubject(Schema):
    """One line of a 施工体制 record's エラー対象者一覧: a difference CCUS refused, or one that
    waits for a business's or worker's CCUS ID (held)."""

    business: Label | None
    worker: Label | None = Field(description="The worker of a worker difference.")
    work_date: date | None = Field(
        description="入退場日: the worker's first day on the site (worker differences)."
    )
    hold_code: str | None = Field(description="genba's reason it waits (GENB…).")
    error_code: str | None = Field(description="CCUS's code for this difference.")
    error_message: str | None = Field(description="As CCUS sent it.")


class OutboxEntry(Schema):
    id: UUID
    kind: OutboxKind
    entity_id: UUID
    status: OutboxStatus
    scheduled_for: datetime
    attempts: int
    sent_at: datetime | None
    resolved_at: datetime | None
    hold_code: str | None = Field(description="genba's reason (GENB…): held or not applicable.")
    hold_message: str | None
    error_code: str | None = Field(description="CCUS's code (never a GENB code).")
    error_message: str | None = Field(description="As CCUS sent it.")
    advice: str | None = Field(description="What to fix, from the error catalogue.")
    branch: Label | None = Field(description="The site's 拠点・支店 (no CCUS ID).")
    site: Label | None
    business: Label | None
    worker: Label | None
    work_date: date | None
    subjects: list[FailureSubject] = Field(
        default_factory=list,
        max_length=1000,
        description="A refused or held 施工体制 record: every difference CCUS refused in it, or "
        "every one waiting for an ID, with whose it is (empty for other records).",
    )


class OutboxFilter(Schema):
    """The filters of the CCUS lists, for a bulk 再送 of what they show."""

    status: list[OutboxStatus] | None = Field(default=None, max_length=len(OutboxStatus))
    kind: OutboxKind | None = None
    site_id: UUID | None = None
    business_id: UUID | None = None
    worker_id: UUID | None = None
    branch_id: UUID | None = None
    code: Text16 | None = Field(default=None, description="A hold or error code.")
    date_from: PeriodDate | None = None
    date_to: PeriodDate | None = None


class ResendRequest(Schema):
    """再送 of many: the rows named by `ids`, or every row `filter` means (at most one of the
    two; neither means every refused or held row). Only refused and held rows go again."""

    ids: list[UUID] | None = Field(default=None, min_length=1, max_length=1000)
    filter: OutboxFilter | None = None

    @model_validator(mode="after")
    def _at_most_one_selection(self) -> Self:
        if self.ids is not None and self.filter is not None:
            raise broken_rule(
                "outbox.ids_or_filter", "give ids or filter, not both", field="filter"
            )
        return self


class Requeued(Schema):
    requeued: int = Field(description="Rows queued to go out again, now.")


class IdCheckCounts(Schema):
    succeeded: int
    failed: int
    total: int


class IdCheckSummary(Schema):
    """CCUSID有効確認: the last seven days and overall."""

    week: dict[str, IdCheckCounts]
    overall: dict[str, IdCheckCounts]
    remaining: dict[str, int] = Field(
        description="Still to check: new or changed IDs, and the progress of まとめて確認."
    )


class IdCheckRun(Schema):
    """まとめて確認 accepted: the job that runs it (presses of one window share one)."""

    job_id: str = Field(
        description="The job's id (not an entity's: kept apart so no client takes it for one).",
        max_length=200,
    )
    progress_url: str = Field(
        description="Where its progress shows: `remaining` of the summary falls to 0."
    )


class IdCheckEntry(Schema):
    id: UUID
    name: str
    ccus_id: str
    checked_at: datetime | None
    valid: bool | None
    result: CheckResult = Field(description="○ (`ok`), 失敗 (`failed`), or not checked yet.")
    error_code: str | None
    error_message: str | None
    advice: str | None


class RemoteDifference(Schema):
    field: str
    ours: Any
    ccus: Any


class RemoteEntity(Schema):
    """「CCUS取得」: what CCUS holds, and where it differs from ours."""

    kind: str
    ccus_id: str
    data: dict[str, Any]
    differences: list[RemoteDifference]


class CatalogueItem(Schema):
    code: str
    kind: str
    retryable: bool
    message: str
    advice: str
