"""Tokens, CCUS ids and a work-history record for the sandbox tests."""

from __future__ import annotations

AUTH = {"Authorization": "Bearer sandbox-token"}
ADMIN = {"X-Admin-Token": "sandbox-admin"}
OISO, COMTEX, OKACHIMACHI, KAWAGOE, UNKNOWN_WORKER = (
    "02139361740172",
    "19869311056822",
    "66666999995214",
    "12345678901234",
    "12304567891234",
)


def work_record(key: str, worker: str = KAWAGOE, **extra: str) -> dict[str, str]:
    return {
        "key": key,
        "site_id": OISO,
        "business_id": COMTEX,
        "worker_id": worker,
        "work_date": "2024-09-03",
        **extra,
    }
