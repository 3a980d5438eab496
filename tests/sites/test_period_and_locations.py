"""A site's period order and its work locations."""

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
from tests.sites.helpers import SITES, field_errors, takebashi_body


class TestSitePeriodAndLocations:
    async def test_period_order_is_checked_on_the_merged_state(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        branch = await create_branch(session, tenant)
        headers = bearer(settings, await create_user(session, tenant))
        created = await client.post(
            SITES,
            json=takebashi_body(str(branch.id), period_start="2024-05-01", period_end="2024-05-01"),
            headers=headers,
        )
        assert created.status_code == 201, created.text
        site_url = f"{SITES}/{created.json()['id']}"
        earlier = await client.patch(site_url, json={"period_end": "2024-04-30"}, headers=headers)
        assert field_errors(earlier) == {(("body", "period_end"), "site.period_order")}
        open_ended = await client.patch(site_url, json={"period_end": None}, headers=headers)
        assert open_ended.status_code == 200, open_ended.text
        assert open_ended.json()["period_end"] is None

    async def test_work_locations_are_distinct_and_need_the_memo(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        branch = await create_branch(session, tenant)
        headers = bearer(settings, await create_user(session, tenant))
        duplicated = await client.post(
            SITES,
            json=takebashi_body(
                str(branch.id), work_location_memo=True, work_locations=["Ａ棟", "B棟", "A棟"]
            ),
            headers=headers,
        )
        assert field_errors(duplicated) == {
            (("body", "work_locations", 2), "site.work_location_duplicate")
        }
        created = await client.post(
            SITES,
            json=takebashi_body(str(branch.id), work_location_memo=True, work_locations=["A棟"]),
            headers=headers,
        )
        assert created.status_code == 201, created.text
        site_url = f"{SITES}/{created.json()['id']}"
        memo_off = await client.patch(site_url, json={"work_location_memo": False}, headers=headers)
        assert field_errors(memo_off) == {
            (("body", "work_locations"), "site.work_locations_without_memo")
        }
        cleared = await client.patch(
            site_url, json={"work_location_memo": False, "work_locations": []}, headers=headers
        )
        assert cleared.status_code == 200, cleared.text
        assert (cleared.json()["work_location_memo"], cleared.json()["work_locations"]) == (
            False,
            [],
        )
        memo_only = await client.patch(site_url, json={"work_location_memo": True}, headers=headers)
        assert memo_only.status_code == 200, memo_only.text
