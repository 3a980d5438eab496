"""Verification, entities and structure differences in the sandbox."""

from __future__ import annotations

import httpx

from tests.ccus_sandbox.helpers import ADMIN, AUTH, COMTEX, OISO, OKACHIMACHI, UNKNOWN_WORKER


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


def test_the_entity_collections_are_spelled_as_in_english() -> None:
    """The generic routes take exactly these plurals (a misspelt one is a 422, not a route)."""
    from ccus_sandbox.app import create_app

    document = create_app().openapi()
    parameter = document["paths"]["/v1/{collection}/{ccus_id}"]["get"]["parameters"][0]
    assert parameter["schema"]["$ref"].endswith("/EntityCollection")
    collections = document["components"]["schemas"]["EntityCollection"]["enum"]
    assert sorted(collections) == ["businesses", "sites", "workers"]
    assert {path.split("/")[1] for path in document["paths"]} == {"v1", "admin"}
