"""A work day's state towards CCUS: the outbox's vocabulary (api/models/ccus_outbox.py), where a
row being sent still reads `pending`."""

from __future__ import annotations

from enum import StrEnum

from api.models.ccus_status import CcusStatus


class CcusState(StrEnum):
    pending = "pending"
    awaiting_result = "awaiting_result"
    held = "held"
    succeeded = "succeeded"
    rejected = "rejected"
    cancelled = "cancelled"
    not_applicable = "not_applicable"


# The coarse link status work days still carry for the filters and exports that read it.
COARSE_STATUS = {
    CcusState.pending: CcusStatus.pending,
    CcusState.awaiting_result: CcusStatus.pending,
    CcusState.held: CcusStatus.pending,
    CcusState.succeeded: CcusStatus.synced,
    CcusState.rejected: CcusStatus.failed,
    CcusState.cancelled: CcusStatus.pending,
    CcusState.not_applicable: CcusStatus.not_linked,
}


def is_hold_code(code: str | None) -> bool:
    """genba's own codes (GENB…): a reason it holds a record, never CCUS's answer."""
    return code is not None and code.startswith("GENB")
