"""Site codes and CCUS ids: unique per tenant, the Kentaikyo code format."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from tests.fixtures.factories import (
    bearer,
    create_branch,
    create_site,
    create_tenant,
    create_user,
)
from tests.sites.helpers import SITES, field_errors, takebashi_body


class TestSiteCodes:
    async def test_code_and_ccus_id_are_unique_in_the_tenant_only(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        branch = await create_branch(session, tenant)
        await create_site(session, tenant, branch, code="S23_398", ccus_site_id="64453148416971")
        headers = bearer(settings, await create_user(session, tenant))
        duplicate = takebashi_body(str(branch.id), code="Ｓ23_398", ccus_site_id="64453148416971")
        assert field_errors(await client.post(SITES, json=duplicate, headers=headers)) == {
            (("body", "code"), "site.code_taken"),
            (("body", "ccus_site_id"), "site.ccus_id_taken"),
        }

        other = await create_tenant(session)
        other_branch = await create_branch(session, other)
        other_headers = bearer(settings, await create_user(session, other))
        created = await client.post(
            SITES, json={**duplicate, "branch_id": str(other_branch.id)}, headers=other_headers
        )
        assert created.status_code == 201, created.text

    async def test_with_kentaikyo_the_code_is_half_width_letters_digits_hyphen_underscore(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        branch = await create_branch(session, tenant)
        headers = bearer(settings, await create_user(session, tenant))
        for code in ("大磯-1", "R06.OISO", "R06 OISO"):
            refused = await client.post(
                SITES,
                json=takebashi_body(str(branch.id), code=code, uses_kentaikyo=True),
                headers=headers,
            )
            assert field_errors(refused) == {(("body", "code"), "site.code_kentaikyo_charset")}, (
                code
            )
        accepted = await client.post(
            SITES,
            json=takebashi_body(str(branch.id), code="ｒ06－OISO_2", uses_kentaikyo=True),
            headers=headers,
        )
        assert accepted.status_code == 201, accepted.text
        assert accepted.json()["code"] == "r06-OISO_2"

        without = await client.post(
            SITES, json=takebashi_body(str(branch.id), code="大磯-1"), headers=headers
        )
        assert without.status_code == 201, without.text
        switched_on = await client.patch(
            f"{SITES}/{without.json()['id']}", json={"uses_kentaikyo": True}, headers=headers
        )
        assert field_errors(switched_on) == {(("body", "code"), "site.code_kentaikyo_charset")}
