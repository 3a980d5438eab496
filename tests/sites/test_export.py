"""現場一覧's CSV: the list's filters, a BOM for Excel, and CCUS連携 as 「更新」/「確認」."""

from __future__ import annotations

import csv
import io
from datetime import date

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.models.ccus_status import CcusOperation, CcusStatus
from api.sites.repository import SiteRepository
from tests.fixtures.factories import bearer, create_branch, create_site, create_tenant, create_user
from tests.sites.helpers import SITES


def _rows(body: bytes) -> list[list[str]]:
    assert body.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


async def test_csv_follows_the_list_filters_with_a_bom(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    kanagawa = await create_branch(session, tenant, "神奈川支店")
    await create_site(
        session,
        tenant,
        kanagawa,
        code="S23_398",
        name="竹橋AZビル 改修工事",
        prefecture_code="13",
        address="一ツ橋3-5",
        period_start=date(2023, 3, 15),
        uses_kentaikyo=True,
    )
    await create_site(session, tenant, kanagawa, code="=HYPERLINK", is_visible=False)
    admin = await create_user(session, tenant)
    headers = bearer(settings, admin)
    await client.put(
        f"{SITES}/{(await SiteRepository(session).get_all(SiteRepository(session).scoped(tenant.id)))[0].id}/staff",
        json={"user_ids": [str(admin.id)]},
        headers=headers,
    )

    response = await client.get(f"{SITES}/export?is_visible=true", headers=headers)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    assert "filename*=UTF-8''%E7%8F%BE%E5%A0%B4" in response.headers["content-disposition"]
    header, *rows = _rows(response.content)
    assert header[:4] == ["支店", "現場コード", "現場名", "住所"]
    assert rows == [
        [
            "神奈川支店",
            "S23_398",
            "竹橋AZビル 改修工事",
            "東京都千代田区一ツ橋3-5",
            "2023/03/15",
            "",
            "",
            "未連携",
            "なし",
            "利用",
            "なし",
            "なし",
            "無効",
            "表示",
            "テスト 利用者",
        ]
    ]
    everything = _rows((await client.get(f"{SITES}/export", headers=headers)).content)
    # A code that starts like a formula is written so Excel does not run it.
    assert [row[1] for row in everything[1:]] == ["'=HYPERLINK", "S23_398"]
    bad = await client.get(f"{SITES}/export?active_on=2024-13-01", headers=headers)
    assert (bad.status_code, bad.json()["code"]) == (422, "request.validation")


async def test_ccus_column_says_which_operation_ccus_answered(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    updated = await create_site(session, tenant, code="A", ccus_site_id="02139361740172")
    checked = await create_site(session, tenant, code="B", ccus_site_id="64453148416971")
    await create_site(
        session, tenant, code="C", ccus_site_id="64453148416972", ccus_status=CcusStatus.pending
    )
    await create_site(
        session, tenant, code="D", ccus_site_id="64453148416973", ccus_status=CcusStatus.synced
    )
    repository = SiteRepository(session)
    await repository.mark_ccus(
        tenant.id, updated.id, CcusStatus.synced, None, None, operation=CcusOperation.update
    )
    await repository.mark_ccus(
        tenant.id, checked.id, CcusStatus.failed, "DATK0411E", "x", operation=CcusOperation.check
    )
    headers = bearer(settings, await create_user(session, tenant))
    listed = (await client.get(SITES, headers=headers)).json()["items"]
    assert [item["ccus_operation"] for item in listed] == ["update", "check", None, None]
    rows = _rows((await client.get(f"{SITES}/export", headers=headers)).content)[1:]
    assert [row[7] for row in rows] == ["「更新」成功", "「確認」失敗", "送信待ち", "成功"]
