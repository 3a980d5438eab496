"""Work histories in the sandbox: results per record, keys answered twice but stored once,
the configured delay."""

from __future__ import annotations

import httpx

from ccus_sandbox.app import create_app
from ccus_sandbox.settings import Faults, SandboxSettings
from tests.ccus_sandbox.helpers import ADMIN, AUTH, UNKNOWN_WORKER, work_record


async def test_work_history_results_come_per_record_with_the_seed_message(
    sandbox: httpx.AsyncClient,
) -> None:
    batch = {"records": [work_record("k1"), work_record("k2", UNKNOWN_WORKER)]}
    accepted = await sandbox.post("/v1/work-histories", json=batch, headers=AUTH)
    assert accepted.status_code == 202
    submission = (
        await sandbox.get(f"/v1/submissions/{accepted.json()['submission_id']}", headers=AUTH)
    ).json()

    assert submission["status"] == "done"
    ok, failed = submission["results"]
    assert (ok["status"], failed["status"], failed["code"]) == ("ok", "error", "DATK0408E")
    assert failed["message"] == (
        "就業履歴情報の登録に失敗しました。エラー発生箇所：ユーザID:19869311056822、現場ID:02139361740172、"
        "技能者ID:12304567891234、技能者IDに紐付く技能者情報が存在しません。"
    )


async def test_a_key_sent_twice_is_answered_twice_and_stored_once(
    sandbox: httpx.AsyncClient,
) -> None:
    for _ in range(2):
        await sandbox.post(
            "/v1/work-histories", json={"records": [work_record("same")]}, headers=AUTH
        )
    stats = (await sandbox.get("/admin/stats", headers=ADMIN)).json()
    assert (stats["work_history_days"], stats["keys_applied"], stats["keys_applied_twice"]) == (
        1,
        1,
        [],
    )


async def test_results_wait_for_the_configured_delay() -> None:
    app = create_app(SandboxSettings(result_delay_seconds=60), Faults())
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://ccus.test"
    ) as client:
        accepted = await client.post(
            "/v1/work-histories", json={"records": [work_record("k")]}, headers=AUTH
        )
        submission = await client.get(
            f"/v1/submissions/{accepted.json()['submission_id']}", headers=AUTH
        )
    assert (submission.json()["status"], submission.json()["results"]) == ("processing", [])
