"""What schemathesis's NDJSON report says failed: every failing check of every case, with the
problem codes of the answer that failed it — the unit R4 documents failures by."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Failure:
    check: str  # schemathesis's code: ST202 …
    operation: str  # "POST /api/v1/users"
    status: int | None
    # The problem+json codes of the answer: each field error's, else the problem's own.
    problems: tuple[str, ...]


def _problems(response: dict[str, Any] | None) -> tuple[int | None, tuple[str, ...]]:
    if not response:
        return None, ()
    content = response.get("content") or {}
    raw = base64.b64decode(content["$base64"]) if "$base64" in content else b""
    try:
        body = json.loads(raw) if raw else None
    except ValueError:
        body = None
    if not isinstance(body, dict):
        return response["status_code"], ()
    codes = {str(error.get("code")) for error in body.get("errors") or []}
    if not codes and body.get("code"):
        codes = {str(body["code"])}
    return response["status_code"], tuple(sorted(codes))


def failures(report: Path) -> Iterator[Failure]:
    with report.open(encoding="utf-8") as lines:
        for line in lines:
            event = json.loads(line)
            finished = event.get("ScenarioFinished")
            if finished is None:
                continue
            recorder = finished["recorder"]
            for case_id, checks in (recorder.get("checks") or {}).items():
                for check in checks:
                    if check["status"] == "success":
                        continue
                    failure = check["failure_info"]["failure"]
                    interaction = (recorder.get("interactions") or {}).get(case_id) or {}
                    status, problems = _problems(interaction.get("response"))
                    yield Failure(
                        failure["code"] or failure["type"],
                        failure.get("operation") or recorder["label"],
                        status,
                        problems,
                    )
