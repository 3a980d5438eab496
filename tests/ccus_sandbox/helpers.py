"""Tokens, CCUS ids and a work-history record for the sandbox tests."""

from __future__ import annotations

from typing import Any

import httpx

AUTH = {"Authorization": "Bearer sandbox-token"}
ADMIN = {"X-Admin-Token": "sandbox-admin"}
OISO, COMTEX, OKACHIMACHI, KAWAGOE, UNKNOWN_WORKER = (
    "02139361740172",
    "19869311056822",
    "66666999995214",
    "12345678901234",
    "12304567891234",
)


def work_record(key: str, worker: str | None = KAWAGOE, **extra: str | None) -> dict[str, Any]:
    """A work day at 大磯 for コムテックス's 川越; an ID given as None is left out, as a record
    genba holds for a missing ID would be sent."""
    record = {
        "key": key,
        "site_id": OISO,
        "business_id": COMTEX,
        "worker_id": worker,
        "work_date": "2024-09-03",
        **extra,
    }
    return {field: value for field, value in record.items() if value is not None}


async def record_results(sandbox: httpx.AsyncClient, *records: dict[str, Any]) -> list[Any]:
    """Submit work records and answer their per-record results (the sandbox under test answers
    at once)."""
    accepted = await sandbox.post("/v1/work-histories", json={"records": records}, headers=AUTH)
    assert accepted.status_code == 202, accepted.text
    submission_id = accepted.json()["submission_id"]
    done = (await sandbox.get(f"/v1/submissions/{submission_id}", headers=AUTH)).json()
    assert done["status"] == "done"
    return list(done["results"])


async def structure_results(
    sandbox: httpx.AsyncClient, site_id: str, *differences: dict[str, Any]
) -> list[Any]:
    body = {"differences": differences}
    answer = await sandbox.post(f"/v1/sites/{site_id}/structure", json=body, headers=AUTH)
    assert answer.status_code == 200, answer.text
    return list(answer.json())


async def verify(
    sandbox: httpx.AsyncClient, kind: str, ccus_id: str, number: str | None
) -> dict[str, Any]:
    body = {"kind": kind, "id": ccus_id, "verification_number": number}
    return dict((await sandbox.post("/v1/verifications", json=body, headers=AUTH)).json())
