from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body

from api.auth.deps import TerminalCaller
from api.auth.errors import AUTH_ERRORS
from api.db import SessionDep
from api.deps import SettingsDep
from api.errors import ValidationFailed, error_responses
from api.terminal.schemas import BatchOutcome, RawEnvelope, batch_request_schema
from api.terminal.service import Ingestion

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
    batch: Annotated[RawEnvelope, Body()],
    subject: TerminalCaller,
    session: SessionDep,
    settings: SettingsDep,
) -> BatchOutcome:
    """Up to 500 events. Each gets its own answer — accepted, duplicate (a replay: the original
    answer) or rejected with a code — and one bad event never holds up the others. Sending the
    same batch again is safe. A 422 only means the envelope itself was unusable."""
    return await Ingestion(session, subject, settings).run(batch.events)
