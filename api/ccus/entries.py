"""An outbox row as staff read it: whose it is (branch, site, business, worker with their CCUS
IDs, work date), what CCUS said, and what to fix."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any
from uuid import UUID

from api.ccus.catalogue import advice_for
from api.ccus.schemas import FailureSubject, Label, OutboxEntry


def _label(entity_id: UUID | None, name: str | None, ccus_id: str | None) -> Label | None:
    if entity_id is None and ccus_id is None:
        return None
    return Label(id=entity_id, name=name, ccus_id=ccus_id)


def outbox_entry(row: Any, subjects: Sequence[FailureSubject] = ()) -> OutboxEntry:
    outbox = row.OutboxRow
    # A deletion's row outlives its work day: what it must still say names the record.
    payload: dict[str, Any] = outbox.payload or {}
    work_date = row.work_date or (
        date.fromisoformat(payload["work_date"]) if payload.get("work_date") else None
    )
    return OutboxEntry(
        id=outbox.id,
        kind=outbox.kind,
        entity_id=outbox.entity_id,
        status=outbox.status,
        scheduled_for=outbox.scheduled_for,
        attempts=outbox.attempts,
        sent_at=outbox.sent_at,
        resolved_at=outbox.resolved_at,
        hold_code=outbox.hold_code,
        hold_message=outbox.hold_message,
        error_code=outbox.error_code,
        error_message=outbox.error_message,
        advice=advice_for(outbox.error_code or outbox.hold_code),
        branch=_label(row.branch_id, row.branch_name, None),
        site=_label(row.site_id, row.site_name, row.ccus_site_id or payload.get("site_id")),
        business=_label(
            row.business_id,
            row.business_name,
            row.ccus_business_id or payload.get("business_id"),
        ),
        worker=_label(
            row.worker_id, row.worker_name, row.ccus_worker_id or payload.get("worker_id")
        ),
        work_date=work_date,
        subjects=list(subjects),
    )
