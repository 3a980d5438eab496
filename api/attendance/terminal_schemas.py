"""The gate terminal's wire format. Flat on purpose: every event is checked on its own, so one
malformed event is answered as rejected while the others in its batch go through."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal
from uuid import UUID

from pydantic import Field, StringConstraints, model_validator

from api.kit.fields import Text32, Text50
from api.kit.patterns import Pattern, PlainText
from api.kit.schemas import Schema
from api.kit.temporal import WorkInstant

MAX_EVENTS = 500
_CCUS_WORKER_ID = Pattern(r"[0-9]{14}", "ccus_id.invalid", "must be a 14-digit CCUS ID")


class TerminalEvent(Schema):
    event_id: Annotated[
        str,
        StringConstraints(min_length=1, max_length=64),
        PlainText,
        Field(description="The terminal's own id; replays reuse it."),
    ]
    site_id: UUID
    worker_id: UUID | None = None
    worker_code: Text32 | None = None
    ccus_worker_id: Annotated[str, _CCUS_WORKER_ID] | None = None
    kind: Literal["entry", "exit"]
    occurred_at: WorkInstant
    work_location: Annotated[Text50 | None, Field(description="作業場所 of a まとめ現場.")] = None

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
