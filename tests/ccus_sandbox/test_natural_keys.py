"""The sandbox counts applications per natural key and can lose an answer after applying."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from tests.ccus_sandbox.helpers import ADMIN, AUTH, COMTEX, KAWAGOE, OISO

DAY = f"work_day:{OISO}:{KAWAGOE}:2024-09-03"


async def _send(sandbox: httpx.AsyncClient, key: str, **extra: Any) -> None:
    record = {
        "key": key,
        "site_id": OISO,
        "business_id": COMTEX,
        "worker_id": KAWAGOE,
        "work_date": "2024-09-03",
        "exit_at": "2024-09-03T17:00:00+09:00",
        **extra,
    }
    response = await sandbox.post("/v1/work-histories", json={"records": [record]}, headers=AUTH)
    assert response.status_code == 202, response.text


async def _stats(sandbox: httpx.AsyncClient) -> dict[str, Any]:
    return dict((await sandbox.get("/admin/stats", headers=ADMIN)).json())


async def _applications(sandbox: httpx.AsyncClient) -> dict[str, Any]:
    return dict((await sandbox.get(f"/admin/applications/{DAY}", headers=ADMIN)).json())


async def test_the_same_day_under_a_fresh_key_is_applied_twice_though_no_key_was(
    sandbox: httpx.AsyncClient,
) -> None:
    await _send(sandbox, "first")
    await _send(sandbox, "first")
    assert (await _applications(sandbox)) == {
        "natural_key": DAY,
        "applied": 1,
        "replayed": 1,
        "keys": ["first"],
    }
    await _send(sandbox, "fresh")
    stats = await _stats(sandbox)
    assert (stats["keys_applied_twice"], stats["records_applied_twice"]) == ([], [DAY])
    assert (stats["records_applied"], stats["records_replayed"]) == (2, 1)


async def test_a_re_send_after_an_edit_or_a_deletion_is_not_applied_twice(
    sandbox: httpx.AsyncClient,
) -> None:
    await _send(sandbox, "a")
    await _send(sandbox, "b", exit_at="2024-09-03T18:00:00+09:00")  # the exit corrected
    await _send(sandbox, "c")  # and back: CCUS held the 18:00 exit, so this changes it again
    await _send(sandbox, "d", action="delete")
    await _send(sandbox, "e")
    assert (await _applications(sandbox))["applied"] == 5
    assert (await _stats(sandbox))["records_applied_twice"] == []
    await _send(sandbox, "f", action="delete")
    await _send(sandbox, "g", action="delete")
    assert (await _stats(sandbox))["records_applied_twice"] == [DAY]


async def test_a_structure_difference_under_a_fresh_key_is_applied_twice(
    sandbox: httpx.AsyncClient,
) -> None:
    for key in ("s1", "s1", "s2"):
        difference = {"key": key, "action": "upsert_business", "business_id": COMTEX, "tier": 1}
        body = {"differences": [difference]}
        await sandbox.post(f"/v1/sites/{OISO}/structure", json=body, headers=AUTH)
    stats = await _stats(sandbox)
    assert (stats["records_applied"], stats["records_replayed"]) == (2, 1)
    assert stats["records_applied_twice"] == [f"structure:{OISO}:{COMTEX}:"]


async def test_an_answer_lost_by_timeout_comes_after_the_record_was_applied(
    sandbox: httpx.AsyncClient,
) -> None:
    faults = {"applied_then_timeout_rate": 1.0, "timeout_seconds": 30}
    await sandbox.put("/admin/faults", json=faults, headers=ADMIN)
    with pytest.raises(TimeoutError):
        await asyncio.wait_for(_send(sandbox, "late"), timeout=0.5)
    await sandbox.put("/admin/faults", json={}, headers=ADMIN)
    assert (await _applications(sandbox))["keys"] == ["late"]
    assert (await _stats(sandbox))["answers_lost"] == {"timeout": 1}


async def test_an_answer_lost_by_reset_comes_after_the_record_was_applied_and_only_on_writes(
    sandbox: httpx.AsyncClient,
) -> None:
    await sandbox.put("/admin/faults", json={"applied_then_reset_rate": 1.0}, headers=ADMIN)
    # In process there is no connection: the reset reaches the caller as the error itself.
    with pytest.raises(ConnectionResetError):
        await _send(sandbox, "reset")
    assert (await sandbox.get(f"/v1/sites/{OISO}", headers=AUTH)).status_code == 200
    check = {"kind": "site", "id": OISO}
    assert (await sandbox.post("/v1/verifications", json=check, headers=AUTH)).status_code == 200
    assert (await _applications(sandbox))["keys"] == ["reset"]
    assert (await _stats(sandbox))["answers_lost"] == {"reset": 1}
