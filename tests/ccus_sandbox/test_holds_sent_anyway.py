"""Each record genba holds back today, sent to the sandbox anyway: what CCUS does with it.
ADR 0017 tabulates these answers; the genba side keeps a hold only where CCUS refuses."""

from __future__ import annotations

import httpx

from tests.ccus_sandbox.helpers import (
    ADMIN,
    AUTH,
    COMTEX,
    KAWAGOE,
    OISO,
    OKACHIMACHI,
    UNKNOWN_WORKER,
    record_results,
    structure_results,
    verify,
    work_record,
)

UNKNOWN_BUSINESS = "99999999999999"


def _codes(results: list[dict[str, object]]) -> list[tuple[object, object]]:
    return [(result["status"], result["code"]) for result in results]


async def test_a_wrong_business_verification_number_fails_only_that_business_authentication(
    sandbox: httpx.AsyncClient,
) -> None:
    """DATF0001E is the business failing to authenticate as a CCUS user (seed line 1098). Its
    workers' work days and the structure entries naming it are the 元請's records about an ID
    CCUS knows, sent under the 元請's own authentication: CCUS takes them (GENB0005E is stricter
    than CCUS for a wrong 本人確認番号)."""
    check = await verify(sandbox, "business", OKACHIMACHI, "0000")
    assert (check["valid"], check["code"]) == (False, "DATF0001E")

    days = await record_results(sandbox, work_record("w1", business_id=OKACHIMACHI))
    assert _codes(days) == [("ok", None)]
    structure = await structure_results(
        sandbox,
        OISO,
        {"key": "s1", "action": "upsert_business", "business_id": OKACHIMACHI, "tier": 2},
        {"key": "s2", "action": "upsert_worker", "business_id": OKACHIMACHI, "worker_id": KAWAGOE},
    )
    assert _codes(structure) == [("ok", None), ("ok", None)]
    stats = (await sandbox.get("/admin/stats", headers=ADMIN)).json()
    assert stats["work_history_days"] == 1
    # The failure stays where it is: the business's own check still fails.
    assert (await verify(sandbox, "business", OKACHIMACHI, "0000"))["code"] == "DATF0001E"


async def test_a_failed_business_check_for_an_id_ccus_does_not_know_is_refused_per_record(
    sandbox: httpx.AsyncClient,
) -> None:
    """DATF0001E does not say whether the ID or the number was wrong; for an unknown ID the
    records are refused (DATK0402E), so sending them anyway costs nothing but the answer."""
    assert (await verify(sandbox, "business", UNKNOWN_BUSINESS, "1234"))["code"] == "DATF0001E"
    days = await record_results(sandbox, work_record("w1", business_id=UNKNOWN_BUSINESS))
    assert _codes(days) == [("error", "DATK0402E")]
    structure = await structure_results(
        sandbox, OISO, {"key": "s1", "action": "upsert_business", "business_id": UNKNOWN_BUSINESS}
    )
    assert _codes(structure) == [("error", "DATK0402E")]


async def test_a_failed_worker_check_blocks_nothing_when_the_id_exists(
    sandbox: httpx.AsyncClient,
) -> None:
    """GENB0004E: a wrong 本人確認番号 for a known worker → accepted; an unknown 技能者ID →
    DATK0408E, the seed's own example."""
    assert (await verify(sandbox, "worker", KAWAGOE, "0000"))["code"] == "DATF0001E"
    assert (await verify(sandbox, "worker", UNKNOWN_WORKER, "1234"))["code"] == "DATF0001E"
    days = await record_results(
        sandbox, work_record("known", KAWAGOE), work_record("unknown", UNKNOWN_WORKER)
    )
    assert _codes(days) == [("ok", None), ("error", "DATK0408E")]


async def test_records_without_an_id_are_refused_each_with_the_code_of_the_missing_id(
    sandbox: httpx.AsyncClient,
) -> None:
    """GENB0001E/0002E/0003E sent anyway: the batch is taken, each record refused on its own."""
    days = await record_results(
        sandbox,
        work_record("no-site", site_id=None),
        work_record("no-business", business_id=None),
        work_record("no-worker", None),
        work_record("complete"),
    )
    assert _codes(days) == [
        ("error", "DATK0401E"),
        ("error", "DATK0402E"),
        ("error", "DATK0408E"),
        ("ok", None),
    ]
    assert "事業者ID:、" in days[1]["message"]


async def test_structure_differences_without_an_id_are_refused(
    sandbox: httpx.AsyncClient,
) -> None:
    """genba lets a structure difference wait until its business or worker has a CCUS ID; sent
    anyway, CCUS refuses it. A site without a 現場ID has no address to send to; an unknown one
    is DATE0404E."""
    structure = await structure_results(
        sandbox,
        OISO,
        {"key": "s1", "action": "upsert_business", "tier": 2, "upper_business_id": COMTEX},
        {"key": "s2", "action": "upsert_worker", "business_id": COMTEX},
        {"key": "s3", "action": "remove_worker", "business_id": COMTEX},
        {"key": "s4", "action": "upsert_worker", "business_id": COMTEX, "worker_id": KAWAGOE},
    )
    assert _codes(structure) == [
        ("error", "DATK0402E"),
        ("error", "DATK0408E"),
        ("error", "DATK0408E"),
        ("ok", None),
    ]
    unknown_site = await structure_results(
        sandbox,
        "00000000000001",
        {"key": "s5", "action": "upsert_business", "business_id": COMTEX},
    )
    assert _codes(unknown_site) == [("error", "DATE0404E")]


async def test_a_failed_business_authentication_blocks_fetching_its_data_with_that_number(
    sandbox: httpx.AsyncClient,
) -> None:
    """What DATF0001E does block: 「CCUS取得」 as that business (the seed's 連携 fields, the ID and
    本人確認番号, are what fetching needs)."""
    path = f"/v1/businesses/{OKACHIMACHI}"
    wrong = await sandbox.get(path, headers={**AUTH, "X-Verification-Number": "0000"})
    assert (wrong.status_code, wrong.json()["code"]) == (403, "DATF0001E")
    right = await sandbox.get(path, headers={**AUTH, "X-Verification-Number": "5214"})
    assert (right.status_code, right.json()["id"]) == (200, OKACHIMACHI)


async def test_a_failed_business_authentication_blocks_updating_its_data_with_that_number(
    sandbox: httpx.AsyncClient,
) -> None:
    """genba checks a business before updating it in CCUS and fails the update with DATF0001E;
    sent anyway, CCUS refuses it the same way."""
    path = f"/v1/businesses/{OKACHIMACHI}"
    update = {"key": "u1", "data": {"name": "株式会社御徒町塗装"}}
    wrong = await sandbox.put(path, json=update, headers={**AUTH, "X-Verification-Number": "0000"})
    assert (wrong.json()["status"], wrong.json()["code"]) == ("error", "DATF0001E")
    update = {"key": "u2", "data": {"name": "御徒町塗装"}}
    right = await sandbox.put(path, json=update, headers={**AUTH, "X-Verification-Number": "5214"})
    assert right.json()["status"] == "ok"
    assert (await sandbox.get(path, headers=AUTH)).json()["data"]["name"] == "御徒町塗装"
