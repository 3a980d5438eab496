"""What a claimed work-day row sends: its record, or the reason it cannot go out."""

from __future__ import annotations

from typing import Any

from api.ccus.holds import WORK_DAY_RULES
from api.ccus.repositories import Claimed
from api.ccus.wire import WorkRecord


def work_record(row: Claimed, day: Any) -> WorkRecord | str:
    """The record to send, or why not: `gone`, or the GENB code it is not applicable or held
    with. Each rule is one CCUS would refuse anyway (ADR 0019); a failed ID check is not one."""
    if day is None:
        if row.payload is None:
            return "gone"
        return WorkRecord(key=row.idempotency_key, action="delete", **row.payload)
    for rule in WORK_DAY_RULES:
        if getattr(day, f"ccus_{rule.missing}_id") is None:
            return rule.code
    return WorkRecord(
        key=row.idempotency_key,
        site_id=day.ccus_site_id,
        business_id=day.ccus_business_id,
        worker_id=day.ccus_worker_id,
        work_date=day.work_date,
        entry_at=day.entry_at,
        exit_at=day.exit_at,
        occupation_code=day.occupation_code,
        position_code=day.position_code,
    )
