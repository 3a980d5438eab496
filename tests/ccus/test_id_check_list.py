"""CCUSID有効確認 with the seed's filters (事業者, CCUSID, 期間, 結果) and 確認 of one row, against
the real sandbox process."""

from __future__ import annotations

from datetime import timedelta

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.ccus.http_gateway import HttpCcusGateway
from api.ccus.id_checks import check_tenant
from api.config import Settings
from api.db import SessionMaker
from api.kit.crypto import cipher_from_setting
from api.kit.japan import business_today
from tests.ccus.world import COMTEX, KAWAGOE, OKACHIMACHI, UNKNOWN_WORKER, linked_world, sealed
from tests.fixtures.factories import bearer, create_business, create_user, create_worker
from tests.fixtures.jobs import tenant_units

CHECKS = "/api/v1/ccus/id-checks"


async def _ids(client: AsyncClient, headers: dict[str, str], query: str) -> list[str]:
    answer = await client.get(f"{CHECKS}/{query}", headers=headers)
    assert answer.status_code == 200, answer.text
    return [item["ccus_id"] for item in answer.json()["items"]]


async def test_the_id_check_list_filters_by_business_ccus_id_period_and_result(
    client: AsyncClient,
    session: AsyncSession,
    sessionmaker: SessionMaker,
    ccus_settings: Settings,
    gateway: HttpCcusGateway,
) -> None:
    world = await linked_world(session, ccus_settings)
    okachimachi = await create_business(session, world.tenant, ccus_business_id=OKACHIMACHI)
    okachimachi.verification_number_encrypted = sealed(
        ccus_settings, "9999", "businesses", okachimachi
    )
    await session.flush()
    cipher = cipher_from_setting(ccus_settings.encryption_keys.get_secret_value())
    await check_tenant(
        tenant_units(sessionmaker, world.tenant.id), gateway, cipher, world.tenant.id
    )
    # Registered after the check: not checked yet.
    await create_worker(session, world.tenant, okachimachi, ccus_worker_id=UNKNOWN_WORKER)
    headers = bearer(ccus_settings, await create_user(session, world.tenant))
    today = business_today()
    cases = {
        "businesses?result=failed": [OKACHIMACHI],
        "businesses?result=ok": [COMTEX],
        "businesses?failed_only=true": [OKACHIMACHI],
        "businesses?ccus_id=6666": [OKACHIMACHI],
        f"businesses?ccus_id={COMTEX}": [COMTEX],
        f"businesses?business_id={world.business.id}": [COMTEX],
        "workers?result=ok": [KAWAGOE],
        "workers?result=unchecked": [UNKNOWN_WORKER],
        f"workers?business_id={okachimachi.id}": [UNKNOWN_WORKER],
        f"workers?business_id={world.business.id}&result=ok": [KAWAGOE],
        f"sites?business_id={world.business.id}": [],
        f"sites?date_from={today}&date_to={today}": [world.site.ccus_site_id],
        f"workers?date_to={today - timedelta(days=1)}": [],
        f"workers?date_from={today}": [KAWAGOE],
    }
    for query, expected in cases.items():
        assert await _ids(client, headers, query) == expected, query
    [entry] = (await client.get(f"{CHECKS}/businesses?result=failed", headers=headers)).json()[
        "items"
    ]
    assert (entry["result"], entry["valid"], entry["error_code"]) == ("failed", False, "DATF0001E")
    refused = await client.get(f"{CHECKS}/workers?ccus_id=12a", headers=headers)
    assert refused.status_code == 422


async def test_checking_one_row_asks_ccus_now_and_shows_its_answer(
    client: AsyncClient,
    session: AsyncSession,
    ccus_settings: Settings,
    gateway: HttpCcusGateway,
) -> None:
    world = await linked_world(session, ccus_settings)
    okachimachi = await create_business(session, world.tenant, ccus_business_id=OKACHIMACHI)
    okachimachi.verification_number_encrypted = sealed(
        ccus_settings, "9999", "businesses", okachimachi
    )
    unlinked = await create_worker(session, world.tenant, world.business)
    await session.flush()
    headers = bearer(ccus_settings, await create_user(session, world.tenant))
    path = f"{CHECKS}/businesses/{okachimachi.id}"

    failed = (await client.post(path, headers=headers)).json()
    assert (failed["result"], failed["error_code"], failed["checked_at"] is not None) == (
        "failed",
        "DATF0001E",
        True,
    )
    assert "本人確認番号" in failed["advice"]
    fixed = await client.patch(
        f"/api/v1/businesses/{okachimachi.id}",
        json={"verification_number": "5214"},
        headers=headers,
    )
    assert fixed.status_code == 200, fixed.text
    passed = (await client.post(path, headers=headers)).json()
    assert (passed["id"], passed["result"], passed["error_code"]) == (
        str(okachimachi.id),
        "ok",
        None,
    )
    assert await _ids(client, headers, "businesses?result=failed") == []

    worker = (await client.post(f"{CHECKS}/workers/{world.worker.id}", headers=headers)).json()
    assert (worker["ccus_id"], worker["result"]) == (KAWAGOE, "ok")
    nothing = await client.post(f"{CHECKS}/workers/{unlinked.id}", headers=headers)
    assert (nothing.status_code, nothing.json()["code"]) == (404, "ccus.not_linked")
