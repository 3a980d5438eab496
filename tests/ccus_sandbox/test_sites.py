"""Sites registered in CCUS from the product, sites made in CCUS without 標準APIの利用, and what
CCUS takes for each."""

from __future__ import annotations

import csv
from typing import Any

import httpx

from ccus_sandbox.settings import SandboxSettings
from tests.ccus_sandbox.helpers import (
    ADMIN,
    AUTH,
    COMTEX,
    OISO,
    record_results,
    structure_results,
    work_record,
)

CATALOGUE = SandboxSettings().catalogue_file
SITE = {"name": "新宿南口再開発", "period_start": "2024-01-01", "period_end": "2030-12-31"}


def _business(key: str) -> dict[str, Any]:
    return {"key": key, "action": "upsert_business", "business_id": COMTEX, "tier": 1}


async def _made_in_ccus(sandbox: httpx.AsyncClient) -> str:
    made = await sandbox.post("/admin/sites", json=SITE, headers=ADMIN)
    assert (made.status_code, made.json()["standard_api"]) == (201, False)
    return str(made.json()["id"])


async def test_a_site_registered_from_the_product_gets_a_site_id_with_the_standard_api(
    sandbox: httpx.AsyncClient,
) -> None:
    body = {"key": "site-1", "data": SITE}
    registered = await sandbox.post("/v1/sites", json=body, headers=AUTH)
    assert registered.status_code == 201
    site_id = registered.json()["id"]
    assert (len(site_id), site_id.isdigit(), registered.json()["standard_api"]) == (14, True, True)
    assert site_id != OISO
    fetched = (await sandbox.get(f"/v1/sites/{site_id}", headers=AUTH)).json()
    assert (fetched["data"]["name"], fetched["data"]["standard_api"]) == (SITE["name"], True)
    again = await sandbox.post("/v1/sites", json=body, headers=AUTH)
    assert again.json()["id"] == site_id
    other = await sandbox.post("/v1/sites", json={"key": "site-2", "data": SITE}, headers=AUTH)
    assert other.json()["id"] not in (site_id, OISO)
    assert await structure_results(sandbox, site_id, _business("s1")) == [
        {
            "key": "s1",
            "status": "ok",
            "code": None,
            "message": None,
            "site_id": site_id,
            "business_id": COMTEX,
            "worker_id": None,
            "work_date": None,
        }
    ]


async def test_a_site_made_in_ccus_without_the_standard_api_refuses_structure_until_ticked(
    sandbox: httpx.AsyncClient,
) -> None:
    site_id = await _made_in_ccus(sandbox)
    (refused,) = await structure_results(sandbox, site_id, _business("s1"))
    assert (refused["status"], refused["code"], refused["site_id"], refused["business_id"]) == (
        "error",
        "DATK0411E",
        site_id,
        COMTEX,
    )
    assert refused["message"] == (
        f"施工体制情報の登録に失敗しました。エラー発生箇所：ユーザID:{COMTEX}、現場ID:{site_id}、"
        "現場情報で標準APIの利用が設定されていません。"
    )
    ticked = await sandbox.put(
        f"/admin/sites/{site_id}/standard-api", json={"enabled": True}, headers=ADMIN
    )
    assert ticked.json() == {"id": site_id, "standard_api": True}
    # The refused key keeps its answer; the re-send after the fix carries a fresh one.
    assert [r["code"] for r in await structure_results(sandbox, site_id, _business("s1"))] == [
        "DATK0411E"
    ]
    assert [r["status"] for r in await structure_results(sandbox, site_id, _business("s2"))] == [
        "ok"
    ]
    await sandbox.put(
        f"/admin/sites/{site_id}/standard-api", json={"enabled": False}, headers=ADMIN
    )
    assert [r["code"] for r in await structure_results(sandbox, site_id, _business("s3"))] == [
        "DATK0411E"
    ]


async def test_a_site_without_the_standard_api_still_takes_work_history(
    sandbox: httpx.AsyncClient,
) -> None:
    """The seed ties the tick to the structure only (※1: a structure made in CCUS needs none)."""
    site_id = await _made_in_ccus(sandbox)
    results = await record_results(sandbox, work_record("w1", site_id=site_id))
    assert [(r["status"], r["site_id"]) for r in results] == [("ok", site_id)]


async def test_updating_a_site_from_the_product_neither_ticks_nor_unticks_the_standard_api(
    sandbox: httpx.AsyncClient,
) -> None:
    """Linking a site made in CCUS first does not tick the box (the seed's ◆Point); only CCUS's
    own screens do."""
    site_id = await _made_in_ccus(sandbox)
    update = {"key": "u1", "data": {**SITE, "name": "新宿南口", "standard_api": True}}
    assert (await sandbox.put(f"/v1/sites/{site_id}", json=update, headers=AUTH)).json()[
        "status"
    ] == "ok"
    data = (await sandbox.get(f"/v1/sites/{site_id}", headers=AUTH)).json()["data"]
    assert (data["name"], data["standard_api"]) == ("新宿南口", False)
    update = {"key": "u2", "data": {**SITE, "standard_api": False}}
    await sandbox.put(f"/v1/sites/{OISO}", json=update, headers=AUTH)
    assert (await sandbox.get(f"/v1/sites/{OISO}", headers=AUTH)).json()["data"]["standard_api"]


async def test_ticking_an_unknown_site_is_404_and_admin_site_routes_need_the_admin_token(
    sandbox: httpx.AsyncClient,
) -> None:
    unknown = await sandbox.put(
        "/admin/sites/00000000000001/standard-api", json={"enabled": True}, headers=ADMIN
    )
    assert (unknown.status_code, unknown.json()["code"]) == (404, "DATE0404E")
    assert (await sandbox.post("/admin/sites", json=SITE, headers=AUTH)).status_code == 401
    assert (await sandbox.post("/v1/sites", json={"key": "k", "data": SITE})).status_code == 401


def test_the_standard_api_refusal_carries_the_seeds_advice() -> None:
    """genba shows the catalogue's advice with DATK0411E: where in CCUS to tick the box."""
    with CATALOGUE.open(encoding="utf-8") as handle:
        rows = {row["code"]: row for row in csv.DictReader(handle)}
    refusal = rows["DATK0411E"]
    assert (refusal["kind"], refusal["retryable"], refusal["confidence"]) == (
        "record",
        "false",
        "ours",
    )
    assert "610_現場・契約 > 30_内容変更" in refusal["advice"]
    assert "☑標準APIの利用" in refusal["advice"]
