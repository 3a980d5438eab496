from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID

import pytest
from httpx import AsyncClient
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.models.user import UserRole
from tests.fixtures.factories import (
    PLUMBER,
    REBAR,
    REBAR_WELDING,
    bearer,
    create_branch,
    create_business,
    create_tenant,
    create_user,
    create_worker,
)


def _kawagoe(business_id: UUID, **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "business_id": str(business_id),
        "family_name": "川越",
        "given_name": "十郎",
        "family_kana": "かわごえ",
        "given_kana": "ｼﾞｭｳﾛｳ",
        "phones": ["090-5100-0010"],
        "birth_date": "1990-01-20",
        "employment_type_code": "02",
        "primary_occupation_id": str(REBAR_WELDING),
        "occupation_ids": [str(REBAR)],
        "position_code": "04",
        "ccus_worker_id": "12304567891234",
        "verification_number": "7391",
        "blood_type": "A",
        "rh": "+",
    }
    body.update(overrides)
    return body


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
        "/api/v1/workers", json=_kawagoe(asagaya.json()["id"]), headers=headers
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
        "/api/v1/workers", json=_kawagoe(ogikubo.json()["id"]), headers=headers
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
        "/api/v1/workers", json=_kawagoe(ogikubo.json()["id"]), headers=headers
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


async def test_the_database_enforces_uniqueness_among_active_workers(session: AsyncSession) -> None:
    """The partial unique indexes are the last word, even if a service check were skipped."""
    tenant = await create_tenant(session)
    business = await create_business(session, tenant)
    await create_worker(
        session, tenant, business, phones=["09000000001"], ccus_worker_id="11112222333344"
    )
    retired = await create_worker(
        session,
        tenant,
        business,
        phones=["09000000001"],
        ccus_worker_id="11112222333344",
        retired_on=date(2024, 1, 1),
    )
    assert retired.phones[0].active is False
    for duplicate in (
        {"phones": ["09000000001"]},
        {"phones": [], "ccus_worker_id": "11112222333344"},
    ):
        nested = await session.begin_nested()
        with pytest.raises(IntegrityError, match="uq_worker"):
            await create_worker(session, tenant, business, **duplicate)
        await nested.rollback()


async def test_rules_are_field_errors(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    business = await create_business(session, tenant)
    headers = bearer(settings, await create_user(session, tenant))
    response = await client.post(
        "/api/v1/workers",
        json=_kawagoe(
            business.id,
            phones=[],
            birth_date="2020-01-01",
            occupation_ids=[
                str(REBAR_WELDING),
                str(PLUMBER),
                "00000000-0000-0000-0000-000000000000",
            ],
            employment_type_code="99",
            hired_on="2019-01-01",
            verification_number="12",
            blood_pressure_high=120,
            blood_pressure_low=130,
        ),
        headers=headers,
    )
    assert response.status_code == 422
    codes = {(tuple(error["loc"][1:]), error["code"]) for error in response.json()["errors"]}
    assert codes == {
        (("phones",), "worker.contact_required"),
        (("birth_date",), "worker.birth_date_implausible"),
        (("occupation_ids", 0), "occupation.duplicate"),
        (("occupation_ids", 2), "occupation.not_found"),
        (("employment_type_code",), "master.unknown_code"),
        (("hired_on",), "worker.hired_before_birth"),
        (("verification_number",), "verification_number.length"),
        (("blood_pressure_low",), "worker.blood_pressure_order"),
    }


async def test_an_email_alone_is_enough_contact(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    business = await create_business(session, tenant)
    headers = bearer(settings, await create_user(session, tenant))
    response = await client.post(
        "/api/v1/workers",
        json=_kawagoe(business.id, phones=[], email="sato@example.com"),
        headers=headers,
    )
    assert response.status_code == 201, response.text


async def test_formats_and_limits(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    business = await create_business(session, tenant)
    headers = bearer(settings, await create_user(session, tenant))
    response = await client.post(
        "/api/v1/workers",
        json=_kawagoe(
            business.id,
            phones=["09011112222", "09011112223", "09011112224", "09011112225"],
            ccus_worker_id="1230456789123",
            family_kana="川越",
            birth_date="1990-02-30",
            blood_type="C",
        ),
        headers=headers,
    )
    assert response.status_code == 422
    fields = {error["loc"][1] for error in response.json()["errors"]}
    assert fields == {"phones", "ccus_worker_id", "family_kana", "birth_date", "blood_type"}


async def test_the_same_phone_twice_in_one_worker(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    business = await create_business(session, tenant)
    headers = bearer(settings, await create_user(session, tenant))
    response = await client.post(
        "/api/v1/workers",
        json=_kawagoe(business.id, phones=["090-1111-2222", "09011112222"]),
        headers=headers,
    )
    assert response.json()["errors"] == [
        {"loc": ["body", "phones", 1], "code": "worker.phone_duplicate", "message": "Entered twice"}
    ]


async def test_update_changes_phones_occupations_and_secret(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    business = await create_business(session, tenant)
    headers = bearer(settings, await create_user(session, tenant))
    created = (
        await client.post("/api/v1/workers", json=_kawagoe(business.id), headers=headers)
    ).json()
    await session.execute(
        text("UPDATE workers SET ccus_status = 'synced' WHERE id = :id"), {"id": created["id"]}
    )
    updated = await client.patch(
        f"/api/v1/workers/{created['id']}",
        json={
            "phones": ["080-1234-5678", "090-5100-0010"],
            "occupation_ids": [],
            "verification_number": "8642",
        },
        headers=headers,
    )
    assert updated.status_code == 200, updated.text
    body = updated.json()
    assert body["phones"] == ["08012345678", "09051000010"]
    assert body["occupation_ids"] == []
    assert body["ccus_status"] == "pending"
    revealed = await client.post(
        f"/api/v1/workers/{created['id']}/verification-number/reveal", headers=headers
    )
    assert revealed.json() == {"verification_number": "8642"}
    log = (
        await client.get(f"/api/v1/audit-log?entity_id={created['id']}", headers=headers)
    ).json()["items"]
    update = next(entry for entry in log if entry["action"] == "worker.update")
    assert update["changes"]["verification_number"] == ["****", "****"]
    assert update["changes"]["phones"] == [["09051000010"], ["08012345678", "09051000010"]]
    assert "8642" not in str(log)
    assert "7391" not in str(log)


async def test_filters(client: AsyncClient, session: AsyncSession, settings: Settings) -> None:
    tenant = await create_tenant(session)
    asagaya, ogikubo = (
        await create_business(session, tenant),
        await create_business(session, tenant),
    )
    await create_worker(
        session,
        tenant,
        asagaya,
        family_name="青木",
        given_name="晴美",
        family_kana="アオキ",
        given_kana="ハルミ",
        phones=["09037655619"],
        ccus_worker_id="12345678901234",
    )
    await create_worker(
        session,
        tenant,
        asagaya,
        family_name="井草",
        given_name="四郎",
        family_kana="イグサ",
        given_kana="シロウ",
        phones=["06510000013"],
        employment_type_code="01",
    )
    await create_worker(
        session,
        tenant,
        ogikubo,
        family_name="佐藤",
        given_name="B作",
        family_kana="サトウ",
        given_kana="ビーサク",
        phones=[],
        email="sato@example.com",
        alias_family="サトちゃん",
    )
    headers = bearer(settings, await create_user(session, tenant))

    async def names(query: str) -> list[str]:
        response = await client.get(f"/api/v1/workers?{query}", headers=headers)
        assert response.status_code == 200, response.text
        return [item["family_name"] for item in response.json()["items"]]

    assert await names("") == ["青木", "井草", "佐藤"]
    assert await names(f"business_id={asagaya.id}") == ["青木", "井草"]
    assert await names("name=青木晴美") == ["青木"]
    assert await names("name=青木 晴美") == ["青木"]
    assert await names("name=イグサシ") == ["井草"]
    assert await names("name=サトちゃん") == ["佐藤"]
    assert await names("phone=3765") == ["青木"]
    assert await names("ccus_worker_id=12345678901234") == ["青木"]
    assert await names("employment_type_code=01") == ["井草"]
    assert await names("sort=-kana") == ["佐藤", "井草", "青木"]


async def test_branch_limited_staff_see_workers_of_their_branches_businesses(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    kanagawa, naha = await create_branch(session, tenant), await create_branch(session, tenant)
    mine = await create_worker(session, tenant, await create_business(session, tenant, [kanagawa]))
    theirs = await create_worker(session, tenant, await create_business(session, tenant, [naha]))
    staff = bearer(
        settings, await create_user(session, tenant, UserRole.staff, branches=[kanagawa])
    )
    listed = (await client.get("/api/v1/workers", headers=staff)).json()["items"]
    assert [item["id"] for item in listed] == [str(mine.id)]
    assert (await client.get(f"/api/v1/workers/{theirs.id}", headers=staff)).status_code == 404
    refused = await client.post("/api/v1/workers", json=_kawagoe(theirs.business_id), headers=staff)
    assert refused.json()["errors"][0]["code"] == "business.not_found"


async def test_a_worker_without_history_can_be_deleted(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    worker = await create_worker(session, tenant, await create_business(session, tenant))
    headers = bearer(settings, await create_user(session, tenant))
    assert (await client.delete(f"/api/v1/workers/{worker.id}", headers=headers)).status_code == 204
    assert (await client.get(f"/api/v1/workers/{worker.id}", headers=headers)).status_code == 404
