from __future__ import annotations

from fastapi import APIRouter, Request

from api.attendance.ingest import ingest
from api.attendance.terminal_parsing import parse_batch
from api.attendance.terminal_schemas import BatchOutcome, batch_request_schema
from api.auth.deps import TerminalCaller
from api.auth.errors import AUTH_ERRORS
from api.db import SessionDep
from api.deps import SettingsDep
from api.errors import ValidationFailed, error_responses

router = APIRouter(prefix="/terminal", tags=["terminal"])


@router.post(
    "/events",
    summary="Send a batch of entry/exit events",
    response_model=BatchOutcome,
    responses=error_responses(*AUTH_ERRORS, ValidationFailed),
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": batch_request_schema()}},
        }
    },
)
async def post_terminal_events(
    request: Request, subject: TerminalCaller, session: SessionDep, settings: SettingsDep
) -> BatchOutcome:
    """Up to 500 events. Each gets its own answer — accepted, duplicate (a replay: the original
    answer) or rejected with a code — and one bad event never holds up the others. Sending the
    same batch again is safe. A 422 only means the envelope itself was unusable.

    The answer comes as soon as the events are checked and stored; the worker folds accepted
    events into work days (就業履歴) within about a second, and a replay sent after that names
    the work day each went into."""
    events = parse_batch(await request.body())
    return await ingest(session, subject, settings, events)
