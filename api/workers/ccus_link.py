"""Whether a changed worker is pending for CCUS or not linked to it at all."""

from __future__ import annotations

from collections.abc import Iterable

from api.models.ccus_status import CcusStatus
from api.models.worker import Worker
from api.workers.audit_state import SECRET

# What CCUS must learn about a worker.
_CCUS_FIELDS = {
    "family_name",
    "given_name",
    "family_kana",
    "given_kana",
    "birth_date",
    "ccus_worker_id",
    "business_id",
    "primary_occupation_id",
    "occupation_ids",
    SECRET,
}


def initial_status(ccus_worker_id: str | None) -> CcusStatus:
    return CcusStatus.pending if ccus_worker_id else CcusStatus.not_linked


def follow_changes(worker: Worker, changed: Iterable[str]) -> None:
    if worker.ccus_worker_id and _CCUS_FIELDS & set(changed):
        worker.ccus_status = CcusStatus.pending
    elif not worker.ccus_worker_id:
        worker.ccus_status = CcusStatus.not_linked
