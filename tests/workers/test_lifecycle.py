"""A worker's life through the API: seeds, retirement, registering again, deletion."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from tests.fixtures.factories import (
    bearer,
    create_branch,
    create_business,
    create_tenant,
    create_user,
    create_worker,
)
from tests.workers.helpers import kawagoe_body


async def test_the_seeds_retire_and_register_again_flow(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    """Register a business and its worker, retire the worker, and register the same person
    (same phone, same CCUS ID) under another business."""
    tenant = await create_tenant(session)
    branch = await create_branch(session, tenant)
    headers = bearer(settings, await create_user(session, tenant))
    asagaya = await client.post(
        "/api/v1/businesses",
        json={
            "branch_ids": [str(branch.id)],
            "name": "(株)阿佐ヶ谷鉄筋工業",
            "name_kana": "アサガヤテッキンコウギョウ",
            "phone": "0864567891",
            "representative_name": "阿佐ヶ谷 一郎",
        },
        headers=headers,
    )
    ogikubo = await client.post(
        "/api/v1/businesses",
        json={
            "branch_ids": [str(branch.id)],
            "name": "(株)荻窪鉄筋工業",
            "name_kana": "オギクボテッキンコウギョウ",
            "phone": "0641234567",
            "representative_name": "荻窪 次郎",
        },
        headers=headers,
    )
    first = await client.post(
        "/api/v1/workers", json=kawagoe_body(asagaya.json()["id"]), headers=headers
    )
    assert first.status_code == 201, first.text
    worker = first.json()
    assert (worker["family_kana"], worker["given_kana"]) == ("カワゴエ", "ジュウロウ")
    assert worker["phones"] == ["09051000010"]
    assert worker["primary_occupation"]["minor_name"] == "鉄筋圧接工"
    assert worker["business"]["name"] == "(株)阿佐ヶ谷鉄筋工業"
    assert worker["verification_number"] == "****"
    assert worker["code"].startswith("W")

    duplicate = await client.post(
        "/api/v1/workers", json=kawagoe_body(ogikubo.json()["id"]), headers=headers
    )
    assert duplicate.status_code == 422
    assert {error["code"] for error in duplicate.json()["errors"]} == {
        "worker.phone_taken",
        "worker.ccus_id_taken",
    }

    retired = await client.patch(
        f"/api/v1/workers/{worker['id']}", json={"retired_on": "2024-09-30"}, headers=headers
    )
    assert retired.json()["is_retired"] is True

    again = await client.post(
        "/api/v1/workers", json=kawagoe_body(ogikubo.json()["id"]), headers=headers
    )
    assert again.status_code == 201, again.text
    assert again.json()["business"]["name"] == "(株)荻窪鉄筋工業"

    # The retired record stays, with its numbers, and shows up when asked for.
    kept = await client.get(f"/api/v1/workers/{worker['id']}", headers=headers)
    assert kept.json()["phones"] == ["09051000010"]
    active = (await client.get("/api/v1/workers", headers=headers)).json()["items"]
    assert [item["id"] for item in active] == [again.json()["id"]]
    everyone = (await client.get("/api/v1/workers?status=all", headers=headers)).json()["items"]
    assert len(everyone) == 2

    # Coming back from retirement while the numbers are in use again is refused.
    revived = await client.patch(
        f"/api/v1/workers/{worker['id']}", json={"retired_on": None}, headers=headers
    )
    assert revived.status_code == 422
    assert {error["code"] for error in revived.json()["errors"]} == {
        "worker.phone_taken",
        "worker.ccus_id_taken",
    }


async def test_a_worker_without_history_can_be_deleted(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    worker = await create_worker(session, tenant, await create_business(session, tenant))
    headers = bearer(settings, await create_user(session, tenant))
    assert (await client.delete(f"/api/v1/workers/{worker.id}", headers=headers)).status_code == 204
    assert (await client.get(f"/api/v1/workers/{worker.id}", headers=headers)).status_code == 404
