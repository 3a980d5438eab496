"""Reading a terminal's body: a valid batch is validated in one pass; otherwise its events are
handed on raw, to be judged one by one; an unusable envelope is the usual 422."""

from __future__ import annotations

import json
from typing import Any

import pytest
from fastapi.exceptions import RequestValidationError

from api.attendance.terminal_parsing import parse_batch
from api.attendance.terminal_schemas import TerminalEvent

SITE = "0192f0c4-7a51-7c1e-9b1e-2f4c1d8a9e10"


def _event(event_id: str, **changes: Any) -> dict[str, Any]:
    event = {
        "event_id": event_id,
        "site_id": SITE,
        "worker_code": "W001",
        "kind": "entry",
        "occurred_at": "2026-11-25T08:01:00+09:00",
    }
    return {**event, **changes}


def _body(events: object) -> bytes:
    return json.dumps({"events": events}).encode()


def test_a_valid_batch_comes_back_validated() -> None:
    events = parse_batch(_body([_event("e1"), _event("e2", kind="exit")]))
    assert all(isinstance(event, TerminalEvent) for event in events)
    assert [(e.event_id, e.kind) for e in events] == [("e1", "entry"), ("e2", "exit")]  # type: ignore[union-attr]


def test_one_bad_event_hands_every_event_on_as_it_came() -> None:
    bad = _event("e2", kind="lunch")
    events = parse_batch(_body([_event("e1"), bad]))
    assert events == [_event("e1"), bad]


def _errors(body: bytes) -> list[dict[str, Any]]:
    with pytest.raises(RequestValidationError) as raised:
        parse_batch(body)
    return list(raised.value.errors())


@pytest.mark.parametrize(
    ("body", "loc", "type_"),
    [
        (b"{}", ("body", "events"), "missing"),
        (_body([]), ("body", "events"), "too_short"),
        (_body("e1"), ("body", "events"), "list_type"),
        (json.dumps([_event("e1")]).encode(), ("body",), "model_type"),
        (b'{"events": [', ("body",), "json_invalid"),
    ],
    ids=["no-events", "empty", "not-a-list", "bare-list", "broken-json"],
)
def test_an_unusable_envelope_is_a_422_located_in_the_body(
    body: bytes, loc: tuple[str, ...], type_: str
) -> None:
    errors = _errors(body)
    assert [(error["loc"][: len(loc)], error["type"]) for error in errors] == [(loc, type_)]
    assert "url" not in errors[0]
    assert "input" not in errors[0]
