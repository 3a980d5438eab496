"""Every per-record result names whose record it is (the seed's エラー対象者一覧), for work days
and structure differences alike, refused or not."""

from __future__ import annotations

import httpx

from tests.ccus_sandbox.helpers import (
    COMTEX,
    KAWAGOE,
    OISO,
    OKACHIMACHI,
    UNKNOWN_WORKER,
    record_results,
    structure_results,
    work_record,
)

SUBJECT = ("site_id", "business_id", "worker_id", "work_date")


async def test_work_history_results_name_site_business_worker_and_date(
    sandbox: httpx.AsyncClient,
) -> None:
    results = await record_results(
        sandbox,
        work_record("ok", KAWAGOE, business_id=OKACHIMACHI, work_date="2024-09-04"),
        work_record("refused", UNKNOWN_WORKER),
        work_record("no-worker", None, work_date="2024-09-05"),
    )
    assert [tuple(result[field] for field in SUBJECT) for result in results] == [
        (OISO, OKACHIMACHI, KAWAGOE, "2024-09-04"),
        (OISO, COMTEX, UNKNOWN_WORKER, "2024-09-03"),
        (OISO, COMTEX, None, "2024-09-05"),
    ]
    # A key seen before is answered with the same subject.
    (replayed,) = await record_results(sandbox, work_record("refused", KAWAGOE))
    assert (replayed["code"], replayed["worker_id"]) == ("DATK0408E", UNKNOWN_WORKER)


async def test_structure_results_name_site_business_and_worker(
    sandbox: httpx.AsyncClient,
) -> None:
    results = await structure_results(
        sandbox,
        OISO,
        {"key": "b", "action": "upsert_business", "business_id": OKACHIMACHI, "tier": 2},
        {"key": "w", "action": "upsert_worker", "business_id": COMTEX, "worker_id": UNKNOWN_WORKER},
    )
    assert [
        (result["status"], result["code"], *(result[field] for field in SUBJECT))
        for result in results
    ] == [
        ("ok", None, OISO, OKACHIMACHI, None, None),
        ("error", "DATK0408E", OISO, COMTEX, UNKNOWN_WORKER, None),
    ]
