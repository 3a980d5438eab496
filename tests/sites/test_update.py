"""Updating a site: what requeues CCUS, clearing fields, the audit trail."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from tests.fixtures.factories import (
    bearer,
    create_branch,
    create_tenant,
    create_user,
)
from tests.sites.helpers import SITES, field_errors, takebashi_body


class TestUpdateSite:
    async def test_update_requeues_ccus_only_for_what_ccus_must_learn(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        branch = await create_branch(session, tenant)
        headers = bearer(settings, await create_user(session, tenant))
        created = await client.post(
            SITES,
            json=takebashi_body(str(branch.id), ccus_site_id="64453148416971"),
            headers=headers,
        )
        site_url = f"{SITES}/{created.json()['id']}"

        async def synced() -> None:
            await session.execute(
                text("UPDATE sites SET ccus_status = 'synced' WHERE id = :id"),
                {"id": created.json()["id"]},
            )

        await synced()
        hidden = await client.patch(site_url, json={"is_visible": False}, headers=headers)
        assert (hidden.json()["is_visible"], hidden.json()["ccus_status"]) == (False, "synced")
        for change in (
            {"address": "一ツ橋3-6"},
            {"period_end": "2030-03-31"},
            {"name": "竹橋AZビル 改修工事 (2期)"},
        ):
            await synced()
            changed = await client.patch(site_url, json=change, headers=headers)
            assert changed.json()["ccus_status"] == "pending", change
        unlinked = await client.patch(site_url, json={"ccus_site_id": None}, headers=headers)
        assert unlinked.json()["ccus_status"] == "not_linked"

    async def test_null_clears_optional_fields_but_not_required_ones(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        branch = await create_branch(session, tenant)
        headers = bearer(settings, await create_user(session, tenant))
        created = await client.post(
            SITES, json=takebashi_body(str(branch.id), phone="0312345678"), headers=headers
        )
        site_url = f"{SITES}/{created.json()['id']}"
        cleared = await client.patch(
            site_url, json={"address": None, "prefecture_code": " ", "phone": None}, headers=headers
        )
        assert cleared.status_code == 200, cleared.text
        assert (
            cleared.json()["address"],
            cleared.json()["prefecture_code"],
            cleared.json()["phone"],
            cleared.json()["name"],
        ) == (None, None, None, "竹橋AZビル 改修工事")
        refused = await client.patch(
            site_url,
            json={"name": None, "city": "", "branch_id": None, "is_visible": None},
            headers=headers,
        )
        assert field_errors(refused) == {
            (("body", "name"), "missing"),
            (("body", "city"), "missing"),
            (("body", "branch_id"), "missing"),
            (("body", "is_visible"), "missing"),
        }

    async def test_every_change_is_audited(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        branch = await create_branch(session, tenant)
        headers = bearer(settings, await create_user(session, tenant))
        created = (
            await client.post(SITES, json=takebashi_body(str(branch.id)), headers=headers)
        ).json()
        await client.patch(
            f"{SITES}/{created['id']}",
            json={"name": "竹橋AZビル 改修工事 (2期)", "work_location_memo": True},
            headers=headers,
        )
        deleted = await client.delete(f"{SITES}/{created['id']}", headers=headers)
        assert deleted.status_code == 204
        log = (
            await client.get(f"/api/v1/audit-log?entity_id={created['id']}", headers=headers)
        ).json()["items"]
        assert [entry["action"] for entry in log] == ["site.delete", "site.update", "site.create"]
        assert {entry["entity_type"] for entry in log} == {"site"}
        assert log[0]["changes"] == {"code": ["S23_398", None]}
        assert log[1]["changes"] == {
            "name": ["竹橋AZビル 改修工事", "竹橋AZビル 改修工事 (2期)"],
            "work_location_memo": [False, True],
        }
        assert log[2]["changes"]["code"] == [None, "S23_398"]
        assert log[2]["changes"]["branch_id"] == [None, str(branch.id)]
