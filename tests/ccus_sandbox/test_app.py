"""The sandbox on its own (in process). The product's gateway meets it as a real process in the
CCUS integration tests."""

from __future__ import annotations

import ast
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest_asyncio

from ccus_sandbox.app import create_app
from ccus_sandbox.settings import Faults, SandboxSettings

AUTH = {"Authorization": "Bearer sandbox-token"}
ADMIN = {"X-Admin-Token": "sandbox-admin"}
OISO, COMTEX, OKACHIMACHI, KAWAGOE, UNKNOWN_WORKER = (
    "02139361740172",
    "19869311056822",
    "66666999995214",
    "12345678901234",
    "12304567891234",
)


@pytest_asyncio.fixture
async def sandbox() -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(SandboxSettings(result_delay_seconds=0, random_seed=1), Faults())
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://ccus.test") as client:
        yield client


def _record(key: str, worker: str = KAWAGOE, **extra: str) -> dict[str, str]:
    return {
        "key": key,
        "site_id": OISO,
        "business_id": COMTEX,
        "worker_id": worker,
        "work_date": "2024-09-03",
        **extra,
    }


async def test_work_history_results_come_per_record_with_the_seed_message(
    sandbox: httpx.AsyncClient,
) -> None:
    batch = {"records": [_record("k1"), _record("k2", UNKNOWN_WORKER)]}
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
        await sandbox.post("/v1/work-histories", json={"records": [_record("same")]}, headers=AUTH)
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
            "/v1/work-histories", json={"records": [_record("k")]}, headers=AUTH
        )
        submission = await client.get(
            f"/v1/submissions/{accepted.json()['submission_id']}", headers=AUTH
        )
    assert (submission.json()["status"], submission.json()["results"]) == ("processing", [])


async def test_verification_fails_with_datf0001e_for_a_wrong_number_or_unknown_id(
    sandbox: httpx.AsyncClient,
) -> None:
    async def verify(kind: str, ccus_id: str, number: str | None) -> dict[str, object]:
        body = {"kind": kind, "id": ccus_id, "verification_number": number}
        response = await sandbox.post("/v1/verifications", json=body, headers=AUTH)
        return dict(response.json())

    assert (await verify("business", COMTEX, "1234"))["valid"] is True
    wrong = await verify("business", OKACHIMACHI, "9999")
    assert (wrong["valid"], wrong["code"], wrong["message"]) == (
        False,
        "DATF0001E",
        "ユーザ66666999995214の認証に失敗しました。ユーザ認証情報を確認してください。",
    )
    assert (await verify("worker", UNKNOWN_WORKER, "1234"))["code"] == "DATF0001E"
    assert (await verify("site", OISO, None))["valid"] is True


async def test_entities_can_be_fetched_added_and_unknown_ones_are_404(
    sandbox: httpx.AsyncClient,
) -> None:
    assert (await sandbox.get(f"/v1/workers/{UNKNOWN_WORKER}", headers=AUTH)).json()[
        "code"
    ] == "DATE0404E"
    added = await sandbox.put(
        f"/admin/entities/worker/{UNKNOWN_WORKER}",
        json={"name": "水本 林男", "verification_number": "1234"},
        headers=ADMIN,
    )
    assert added.status_code == 204
    fetched = await sandbox.get(f"/v1/workers/{UNKNOWN_WORKER}", headers=AUTH)
    assert fetched.json()["data"] == {"name": "水本 林男"}
    assert (await sandbox.get("/v1/workers/123", headers=AUTH)).status_code in (404, 422)
    business = await sandbox.get(f"/v1/businesses/{COMTEX}", headers=AUTH)
    assert (business.status_code, business.json()["kind"]) == (200, "business")
    assert (await sandbox.get(f"/v1/businesss/{COMTEX}", headers=AUTH)).status_code == 422


async def test_structure_differences_check_the_business(sandbox: httpx.AsyncClient) -> None:
    body = {
        "differences": [
            {"key": "d1", "action": "upsert_business", "business_id": COMTEX, "tier": 1},
            {
                "key": "d2",
                "action": "upsert_business",
                "business_id": "99999999999999",
                "tier": 2,
                "upper_business_id": COMTEX,
            },
        ]
    }
    results = (await sandbox.post(f"/v1/sites/{OISO}/structure", json=body, headers=AUTH)).json()
    assert [(r["status"], r["code"]) for r in results] == [("ok", None), ("error", "DATK0402E")]


async def test_tokens_are_required(sandbox: httpx.AsyncClient) -> None:
    assert (await sandbox.get(f"/v1/sites/{OISO}")).status_code == 401
    assert (await sandbox.get("/admin/stats")).status_code == 401


async def test_faults_answer_as_ccus_would(sandbox: httpx.AsyncClient) -> None:
    await sandbox.put(
        "/admin/faults", json={"maintenance": True, "retry_after_seconds": 7}, headers=ADMIN
    )
    maintenance = await sandbox.get(f"/v1/sites/{OISO}", headers=AUTH)
    assert (
        maintenance.status_code,
        maintenance.headers["retry-after"],
        maintenance.json()["code"],
    ) == (503, "7", "SYS00011E")
    await sandbox.put("/admin/faults", json={"error_rate": 1.0}, headers=ADMIN)
    assert (await sandbox.get(f"/v1/sites/{OISO}", headers=AUTH)).status_code == 500
    await sandbox.put(
        "/admin/faults", json={"throttle_rate": 1.0, "retry_after_seconds": 3}, headers=ADMIN
    )
    throttled = await sandbox.get(f"/v1/sites/{OISO}", headers=AUTH)
    assert (throttled.status_code, throttled.headers["retry-after"]) == (429, "3")
    await sandbox.put(
        "/admin/faults", json={"maintenance_weekdays": [0, 1, 2, 3, 4, 5, 6]}, headers=ADMIN
    )
    assert (await sandbox.get(f"/v1/sites/{OISO}", headers=AUTH)).status_code == 503
    await sandbox.put("/admin/faults", json={}, headers=ADMIN)
    assert (await sandbox.get(f"/v1/sites/{OISO}", headers=AUTH)).status_code == 200


def test_the_sandbox_imports_nothing_from_the_product() -> None:
    for path in Path("ccus_sandbox").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert not node.module.startswith("api"), path
            if isinstance(node, ast.Import):
                assert not any(alias.name.startswith("api") for alias in node.names), path


def test_the_committed_sandbox_contract_matches_the_app() -> None:
    from ccus_sandbox.openapi import TARGET, document

    assert TARGET.read_text(encoding="utf-8") == document()
