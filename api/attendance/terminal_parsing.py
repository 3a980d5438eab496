"""Reading a terminal's request body. A batch that is valid as a whole (nearly every batch) is
read and validated in one pass over the bytes; otherwise its events are handed on as they came,
to be checked one by one, so one malformed event never holds up the others."""

from __future__ import annotations

from typing import Any

from fastapi.exceptions import RequestValidationError
from pydantic import TypeAdapter, ValidationError

from api.attendance.terminal_schemas import RawEnvelope, TerminalBatch, TerminalEvent

_BATCH = TypeAdapter(TerminalBatch)
_ENVELOPE = TypeAdapter(RawEnvelope)


def parse_batch(body: bytes) -> list[TerminalEvent] | list[dict[str, Any]]:
    """The batch's events, validated when all of them are; raises the usual 422 (400 for
    broken JSON) when the envelope itself is unusable."""
    try:
        return _BATCH.validate_json(body).events
    except ValidationError:
        pass
    try:
        return _ENVELOPE.validate_json(body).events
    except ValidationError as error:
        raise RequestValidationError(
            [
                {**detail, "loc": ("body", *detail["loc"])}
                for detail in error.errors(include_url=False, include_input=False)
            ]
        ) from None
