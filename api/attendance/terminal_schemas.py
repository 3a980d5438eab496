"""The gate terminal's wire format. Flat on purpose: every event is checked on its own, so one
malformed event is answered as rejected while the others in its batch go through."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated, Literal
from uuid import UUID

from pydantic import AwareDatetime, Field, model_validator

from api.kit.schemas import Schema

MAX_EVENTS = 500
# Text a terminal sends goes into PostgreSQL text columns, which cannot hold a NUL.
_NO_NUL = r"^[^\x00]*$"


class TerminalEvent(Schema):
    event_id: Annotated[
        str,
        Field(
            min_length=1,
            max_length=64,
            pattern=_NO_NUL,
            description="The terminal's own id; replays reuse it.",
        ),
    ]
    site_id: UUID
    worker_id: UUID | None = None
    worker_code: Annotated[str | None, Field(max_length=32, pattern=_NO_NUL)] = None
    ccus_worker_id: Annotated[str | None, Field(pattern=r"^\d{14}$")] = None
    kind: Literal["entry", "exit"]
    # Bounded so that no offset can push it past what a datetime holds (year 9999).
    occurred_at: AwareDatetime = Field(
        ge=datetime(2000, 1, 1, tzinfo=UTC),
        lt=datetime(2100, 1, 1, tzinfo=UTC),
        description="With its UTC offset, e.g. 2026-11-25T08:01:00+09:00.",
    )
    work_location: Annotated[
        str | None, Field(max_length=50, pattern=_NO_NUL, description="作業場所 of a まとめ現場.")
    ] = None

    @model_validator(mode="after")
    def _one_worker_identification(self) -> TerminalEvent:
        given = [
            value for value in (self.worker_id, self.worker_code, self.ccus_worker_id) if value
        ]
        if len(given) != 1:
            raise ValueError(
                "identify the worker by exactly one of worker_id, worker_code, ccus_worker_id"
            )
        return self


class TerminalBatch(Schema):
    events: Annotated[list[TerminalEvent], Field(min_length=1, max_length=MAX_EVENTS)]


class EventStatus(StrEnum):
    accepted = "accepted"
    duplicate = "duplicate"
    rejected = "rejected"


class EventOutcome(Schema):
    event_id: str | None
    status: EventStatus
    code: str | None = Field(
        default=None, description="Why it was rejected, e.g. `worker.retired`."
    )
    message: str | None = None
    work_day_id: UUID | None = Field(
        default=None,
        description="The work day (就業履歴) the event went into. The worker folds accepted "
        "events into work days within about a second of the answer, so a first answer has none; "
        "a replay answered after the fold has it.",
    )


class BatchOutcome(Schema):
    results: list[EventOutcome] = Field(description="One per event, in the order sent.")
    accepted: int
    duplicates: int
    rejected: int


class RawEnvelope(Schema):
    events: Annotated[list[dict[str, object]], Field(min_length=1, max_length=MAX_EVENTS)]


def batch_request_schema() -> dict[str, object]:
    """The documented request body: the envelope is checked as a whole, each event on its own."""
    return {
        "type": "object",
        "required": ["events"],
        "properties": {
            "events": {
                "type": "array",
                "minItems": 1,
                "maxItems": MAX_EVENTS,
                "items": TerminalEvent.model_json_schema(),
            }
        },
    }
