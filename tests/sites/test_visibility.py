"""Who sees which sites: branch-limited staff, other tenants, site-limited and terminal keys."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.scopes import Scope
from api.auth.subject import AuthSubject, SubjectKind
from api.config import Settings
from api.kit.pagination import PageParams
from api.models.api_key import ApiKeyKind
from api.models.user import UserRole
from api.sites import reading
from api.sites.errors import SiteNotFound
from api.sites.filters import SiteFilters
from tests.fixtures.factories import (
    bearer,
    create_api_key,
    create_branch,
    create_site,
    create_tenant,
    create_user,
)
from tests.sites.helpers import SITES, field_errors, takebashi_body


class TestSiteVisibility:
    async def test_branch_limited_staff_see_and_change_their_branches_sites_only(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        kanagawa, naha = await create_branch(session, tenant), await create_branch(session, tenant)
        mine = await create_site(session, tenant, kanagawa)
        theirs = await create_site(session, tenant, naha)
        staff = bearer(
            settings, await create_user(session, tenant, UserRole.staff, branches=[kanagawa])
        )
        listed = (await client.get(SITES, headers=staff)).json()
        assert [item["id"] for item in listed["items"]] == [str(mine.id)]
        assert listed["pagination"]["total_count"] == 1
        for method in ("GET", "PATCH", "DELETE"):
            response = await client.request(
                method,
                f"{SITES}/{theirs.id}",
                json={"name": "x"} if method == "PATCH" else None,
                headers=staff,
            )
            assert (response.status_code, response.json()["code"]) == (404, "site.not_found")
        refused = await client.post(SITES, json=takebashi_body(str(naha.id)), headers=staff)
        assert field_errors(refused) == {(("body", "branch_id"), "branch.not_found")}
        moved = await client.patch(
            f"{SITES}/{mine.id}", json={"branch_id": str(naha.id)}, headers=staff
        )
        assert field_errors(moved) == {(("body", "branch_id"), "branch.not_found")}

    async def test_another_tenants_site_is_not_found(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        other_site = await create_site(session, await create_tenant(session))
        tenant = await create_tenant(session)
        await create_site(session, tenant)
        headers = bearer(settings, await create_user(session, tenant))
        listed = (await client.get(SITES, headers=headers)).json()["items"]
        assert str(other_site.id) not in {item["id"] for item in listed}
        assert len(listed) == 1
        for method in ("GET", "PATCH", "DELETE"):
            response = await client.request(
                method,
                f"{SITES}/{other_site.id}",
                json={"name": "x"} if method == "PATCH" else None,
                headers=headers,
            )
            assert (response.status_code, response.json()["code"]) == (404, "site.not_found")

    async def test_a_site_limited_key_sees_only_its_sites(
        self, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        gate_site = await create_site(session, tenant)
        other_site = await create_site(session, tenant)
        key, _ = await create_api_key(
            session, settings, tenant, ApiKeyKind.terminal, site_ids=[gate_site.id]
        )
        subject = AuthSubject(
            tenant_id=tenant.id,
            kind=SubjectKind.terminal,
            scopes=frozenset({Scope.registry_read}),
            api_key=key,
            site_ids=frozenset(key.site_ids),
        )
        rows, total = await reading.list_sites(
            session, subject, SiteFilters(), PageParams(page=1, limit=20)
        )
        assert ([row.id for row in rows], total) == ([gate_site.id], 1)
        assert (await reading.get_site(session, subject, gate_site.id)).id == gate_site.id
        try:
            await reading.get_site(session, subject, other_site.id)
        except SiteNotFound:
            pass
        else:
            raise AssertionError("a site outside the key's sites must not be found")

    async def test_terminal_keys_may_not_read_the_registry(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        site = await create_site(session, tenant)
        _, secret = await create_api_key(
            session, settings, tenant, ApiKeyKind.terminal, site_ids=[site.id]
        )
        response = await client.get(SITES, headers={"X-API-Key": secret})
        assert (response.status_code, response.json()["code"]) == (403, "auth.insufficient_scope")
