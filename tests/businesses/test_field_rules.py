"""A business's rules and formats come back as field errors with codes."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from tests.businesses.helpers import asagaya_body
from tests.fixtures.factories import (
    bearer,
    create_branch,
    create_tenant,
    create_user,
)


class TestBusinessFieldRules:
    async def test_every_rule_is_a_field_error_with_a_code(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        foreign_branch = await create_branch(session, await create_tenant(session))
        headers = bearer(settings, await create_user(session, tenant))
        response = await client.post(
            "/api/v1/businesses",
            json=asagaya_body(
                [str(foreign_branch.id)],
                ccus_business_id=None,
                representative_name=None,
                prefecture_code="48",
                verification_number="12",
            ),
            headers=headers,
        )
        assert response.status_code == 422
        codes = {(tuple(error["loc"]), error["code"]) for error in response.json()["errors"]}
        assert codes == {
            (("body", "branch_ids", 0), "branch.not_found"),
            (("body", "prefecture_code"), "prefecture.unknown"),
            (("body", "representative_name"), "business.representative_required"),
            (("body", "verification_number"), "verification_number.length"),
        }

    async def test_formats_are_field_errors(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        branch = await create_branch(session, tenant)
        headers = bearer(settings, await create_user(session, tenant))
        response = await client.post(
            "/api/v1/businesses",
            json=asagaya_body(
                [str(branch.id)],
                phone="12-34",
                ccus_business_id="123",
                name_kana="阿佐ヶ谷",
                name="x" * 201,
            ),
            headers=headers,
        )
        assert response.status_code == 422
        codes = {(error["loc"][-1], error["code"]) for error in response.json()["errors"]}
        assert {
            ("phone", "phone.invalid"),
            ("name_kana", "kana.invalid"),
            ("name", "string_too_long"),
        } <= codes
        assert any(loc == "ccus_business_id" for loc, _ in codes)
        assert (await client.get("/api/v1/businesses", headers=headers)).json()["pagination"][
            "total_count"
        ] == 0
