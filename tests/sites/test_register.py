"""Registering a site: normalised fields and the CCUS link state."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from tests.fixtures.factories import (
    bearer,
    create_branch,
    create_tenant,
    create_user,
)
from tests.sites.helpers import SITES, takebashi_body


class TestRegisterSite:
    async def test_registers_with_normalised_fields_and_a_ccus_id_is_pending(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        branch = await create_branch(session, tenant)
        headers = bearer(settings, await create_user(session, tenant))
        response = await client.post(
            SITES,
            json=takebashi_body(
                str(branch.id),
                code="　Ｓ２３＿３９８ ",
                phone="０３-１２３４-５６７８",
                postal_code="〒102-0082",
                city_kana="ちよだく",
                ccus_site_id="6445 3148 4169 71",
                period_start="2023-03-15",
                period_end="2024-12-31",
                work_location_memo=True,
                work_locations=["Ａ棟", " B棟 "],
            ),
            headers=headers,
        )
        assert response.status_code == 201, response.text
        body = response.json()
        assert body["code"] == "S23_398"
        assert (body["phone"], body["postal_code"], body["city_kana"]) == (
            "0312345678",
            "1020082",
            "チヨダク",
        )
        assert body["ccus_site_id"] == "64453148416971"
        assert body["ccus_status"] == "pending"
        assert (body["period_start"], body["period_end"]) == ("2023-03-15", "2024-12-31")
        assert body["work_locations"] == ["A棟", "B棟"]
        assert body["branch_id"] == str(branch.id)
        assert (body["structure_mode"], body["is_visible"], body["uses_kentaikyo"]) == (
            "send",
            True,
            False,
        )
        fetched = await client.get(f"{SITES}/{body['id']}", headers=headers)
        assert fetched.json() == body

    async def test_a_site_without_ccus_id_is_not_linked(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        branch = await create_branch(session, tenant)
        headers = bearer(settings, await create_user(session, tenant))
        response = await client.post(
            SITES, json=takebashi_body(str(branch.id), structure_mode="ccus"), headers=headers
        )
        assert response.status_code == 201, response.text
        assert (response.json()["ccus_status"], response.json()["structure_mode"]) == (
            "not_linked",
            "ccus",
        )
