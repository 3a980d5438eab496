"""CCUSID有効確認 and CCUS取得 against the real sandbox process."""

from __future__ import annotations

import httpx
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.ccus.http_gateway import HttpCcusGateway
from api.ccus.id_checks import check_tenant
from api.config import Settings
from api.db import SessionMaker
from api.kit.crypto import cipher_from_setting
from tests.ccus.world import OKACHIMACHI, linked_world, sealed
from tests.fixtures.factories import bearer, create_business, create_user
from tests.fixtures.jobs import tenant_units


async def test_wrong_verification_numbers_fail_with_datf0001e_and_a_fix_is_rechecked(
    client: AsyncClient,
    session: AsyncSession,
    sessionmaker: SessionMaker,
    ccus_settings: Settings,
    gateway: HttpCcusGateway,
) -> None:
    world = await linked_world(session, ccus_settings)
    okachimachi = await create_business(
        session, world.tenant, ccus_business_id=OKACHIMACHI, code="B0006"
    )
    okachimachi.verification_number_encrypted = sealed(
        ccus_settings, "9999", "businesses", okachimachi
    )
    await session.flush()
    cipher = cipher_from_setting(ccus_settings.encryption_keys.get_secret_value())
    units = tenant_units(sessionmaker, world.tenant.id)

    count = await check_tenant(units, gateway, cipher, world.tenant.id)
    assert (count.checked, count.valid) == (4, 3)  # site, two businesses, worker
    headers = bearer(ccus_settings, await create_user(session, world.tenant))
    failed = (
        await client.get("/api/v1/ccus/id-checks/businesses?failed_only=true", headers=headers)
    ).json()
    [entry] = failed["items"]
    assert (entry["ccus_id"], entry["valid"], entry["error_code"]) == (
        OKACHIMACHI,
        False,
        "DATF0001E",
    )
    assert (
        entry["error_message"]
        == "ユーザ66666999995214の認証に失敗しました。ユーザ認証情報を確認してください。"
    )
    summary = (await client.get("/api/v1/ccus/id-checks", headers=headers)).json()
    assert summary["overall"]["businesses"] == {"succeeded": 1, "failed": 1, "total": 2}
    assert summary["week"]["sites"] == {"succeeded": 1, "failed": 0, "total": 1}

    # Staff correct the number; the 30-minute job checks only what changed, and it passes.
    fixed = await client.patch(
        f"/api/v1/businesses/{okachimachi.id}",
        json={"verification_number": "5214"},
        headers=headers,
    )
    assert fixed.json()["ccus_status"] == "pending"
    count = await check_tenant(units, gateway, cipher, world.tenant.id)
    assert (count.checked, count.valid) == (1, 1)
    assert (
        await client.get("/api/v1/ccus/id-checks/businesses?failed_only=true", headers=headers)
    ).json()["items"] == []


async def test_ccus_fetch_shows_what_differs(
    client: AsyncClient,
    session: AsyncSession,
    ccus_settings: Settings,
    gateway: HttpCcusGateway,
) -> None:
    world = await linked_world(session, ccus_settings)
    headers = bearer(ccus_settings, await create_user(session, world.tenant))
    remote = await client.get(
        f"/api/v1/ccus/remote/businesses/{world.business.id}", headers=headers
    )
    assert remote.status_code == 200, remote.text
    body = remote.json()
    assert body["data"]["name"] == "コムテックス株式会社"
    assert {"field": "name", "ours": world.business.name, "ccus": "コムテックス株式会社"} in body[
        "differences"
    ]
    unlinked = await create_business(session, world.tenant)
    response = await client.get(f"/api/v1/ccus/remote/businesses/{unlinked.id}", headers=headers)
    assert (response.status_code, response.json()["code"]) == (404, "ccus.not_linked")


async def test_ccus_fetch_answers_503_while_ccus_is_down(
    client: AsyncClient,
    session: AsyncSession,
    ccus_settings: Settings,
    gateway: HttpCcusGateway,
    sandbox_admin: httpx.AsyncClient,
) -> None:
    world = await linked_world(session, ccus_settings)
    headers = bearer(ccus_settings, await create_user(session, world.tenant))
    await sandbox_admin.put(
        "/admin/faults", json={"maintenance": True, "retry_after_seconds": 3600}
    )
    response = await client.get(f"/api/v1/ccus/remote/sites/{world.site.id}", headers=headers)
    assert (response.status_code, response.json()["code"]) == (503, "ccus.unavailable")


async def test_ccus_fetch_authenticates_with_the_verification_number(
    client: AsyncClient,
    session: AsyncSession,
    ccus_settings: Settings,
    gateway: HttpCcusGateway,
) -> None:
    """A wrong 本人確認番号 fails 「CCUS取得」 as CCUS refuses it (DATF0001E), said as such."""
    world = await linked_world(session, ccus_settings)
    wrong = await create_business(session, world.tenant, ccus_business_id=OKACHIMACHI, code="B0007")
    wrong.verification_number_encrypted = sealed(ccus_settings, "9999", "businesses", wrong)
    await session.flush()
    headers = bearer(ccus_settings, await create_user(session, world.tenant))
    refused = await client.get(f"/api/v1/ccus/remote/businesses/{wrong.id}", headers=headers)
    assert (refused.status_code, refused.json()["code"]) == (409, "ccus.authentication_failed")
    assert "DATF0001E" in refused.json()["detail"]
    wrong.verification_number_encrypted = sealed(ccus_settings, "5214", "businesses", wrong)
    await session.flush()
    right = await client.get(f"/api/v1/ccus/remote/businesses/{wrong.id}", headers=headers)
    assert right.status_code == 200, right.text
