"""The replay check compares an event's hash with the one stored when it first arrived, so the
hash must stay the one made from `json.dumps(…, sort_keys=True)` of its content."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC
from typing import Any

import pytest

from api.attendance.ingest import content_hash
from api.attendance.terminal_schemas import TerminalEvent

SITE = "0192f0c4-7a51-7c1e-9b1e-2f4c1d8a9e10"


def _stored_form(event: TerminalEvent) -> bytes:
    canonical = {
        "site_id": str(event.site_id),
        "worker": [str(event.worker_id or ""), event.worker_code or "", event.ccus_worker_id or ""],
        "kind": event.kind,
        "occurred_at": event.occurred_at.astimezone(UTC).isoformat(),
        "work_location": event.work_location or "",
    }
    return hashlib.sha256(json.dumps(canonical, sort_keys=True).encode()).digest()


@pytest.mark.parametrize(
    "fields",
    [
        {"worker_id": "0192f0c4-7a51-7c1e-9b1e-2f4c1d8a9e11", "kind": "entry"},
        {"worker_code": 'A"7\\\\b\u00e9', "kind": "exit", "work_location": "東棟 3階"},
        {"ccus_worker_id": "12345678901234", "kind": "exit", "work_location": "🏗 \u2028"},
    ],
)
def test_hash_is_the_one_stored_events_were_made_with(fields: dict[str, Any]) -> None:
    event = TerminalEvent.model_validate(
        {"event_id": "e-1", "site_id": SITE, "occurred_at": "2026-11-25T08:01:00+09:00", **fields}
    )
    assert content_hash(event) == _stored_form(event)


def test_hash_changes_with_the_content() -> None:
    base = {"event_id": "e-1", "site_id": SITE, "worker_code": "W1", "kind": "entry"}
    morning = TerminalEvent.model_validate({**base, "occurred_at": "2026-11-25T08:01:00+09:00"})
    later = TerminalEvent.model_validate({**base, "occurred_at": "2026-11-25T08:02:00+09:00"})
    same_instant = TerminalEvent.model_validate({**base, "occurred_at": "2026-11-24T23:01:00Z"})
    assert content_hash(morning) != content_hash(later)
    assert content_hash(morning) == content_hash(same_instant)
