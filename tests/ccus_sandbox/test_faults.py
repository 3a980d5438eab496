"""The sandbox requires tokens and answers injected faults as CCUS would."""

from __future__ import annotations

import httpx

from tests.ccus_sandbox.helpers import ADMIN, AUTH, OISO


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
