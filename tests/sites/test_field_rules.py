"""A site's rules and formats come back as field errors with codes."""

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


class TestSiteFieldRules:
    async def test_every_rule_is_a_field_error_with_a_code(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        foreign_branch = await create_branch(session, await create_tenant(session))
        headers = bearer(settings, await create_user(session, tenant))
        response = await client.post(
            SITES,
            json=takebashi_body(
                str(foreign_branch.id),
                prefecture_code="48",
                period_start="2024-04-01",
                period_end="2024-03-31",
                work_locations=["A棟"],
            ),
            headers=headers,
        )
        assert field_errors(response) == {
            (("body", "branch_id"), "branch.not_found"),
            (("body", "prefecture_code"), "prefecture.unknown"),
            (("body", "period_end"), "site.period_order"),
            (("body", "work_locations"), "site.work_locations_without_memo"),
        }

    async def test_formats_are_field_errors(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        branch = await create_branch(session, tenant)
        headers = bearer(settings, await create_user(session, tenant))
        body = takebashi_body(
            str(branch.id),
            code="x" * 33,
            name="x" * 201,
            ccus_site_id="123",
            phone="12-34",
            city_kana="千代田",
            address="x" * 201,
            work_location_memo=True,
            work_locations=["A棟", "  "],
        )
        del body["city"]
        codes = field_errors(await client.post(SITES, json=body, headers=headers))
        assert {
            (("body", "code"), "string_too_long"),
            (("body", "name"), "string_too_long"),
            (("body", "ccus_site_id"), "ccus_id.invalid"),
            (("body", "phone"), "phone.invalid"),
            (("body", "city_kana"), "kana.invalid"),
            (("body", "address"), "string_too_long"),
            (("body", "work_locations", 1), "string_too_short"),
            (("body", "city"), "missing"),
        } <= codes
        too_many = takebashi_body(
            str(branch.id),
            work_location_memo=True,
            work_locations=[f"{number}号棟" for number in range(51)],
        )
        assert (("body", "work_locations"), "too_long") in field_errors(
            await client.post(SITES, json=too_many, headers=headers)
        )
        listed = (await client.get(SITES, headers=headers)).json()
        assert listed["pagination"]["total_count"] == 0
