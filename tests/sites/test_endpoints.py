from __future__ import annotations

from datetime import date
from typing import Any

from httpx import AsyncClient
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.scopes import Scope
from api.auth.subject import AuthSubject, SubjectKind
from api.config import Settings
from api.kit.pagination import PageParams
from api.models.api_key import ApiKeyKind
from api.models.attendance import WorkDay, WorkDaySource
from api.models.site import StructureMode
from api.models.structure import SiteBusiness
from api.models.user import UserRole
from api.sites import service
from api.sites.errors import SiteNotFound
from api.sites.repository import SiteFilters
from tests.fixtures.factories import (
    REBAR,
    bearer,
    create_api_key,
    create_branch,
    create_business,
    create_site,
    create_tenant,
    create_user,
    create_worker,
)

SITES = "/api/v1/sites"


def _takebashi(branch_id: str, **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "branch_id": branch_id,
        "code": "S23_398",
        "name": "竹橋AZビル 改修工事",
        "city": "千代田区",
        "prefecture_code": "13",
        "address": "一ツ橋3-5",
    }
    body.update(overrides)
    return body


def _errors(response: Any) -> set[tuple[tuple[str | int, ...], str]]:
    assert response.status_code == 422, response.text
    return {(tuple(error["loc"]), error["code"]) for error in response.json()["errors"]}


class TestRegisterSite:
    async def test_registers_with_normalised_fields_and_a_ccus_id_is_pending(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        branch = await create_branch(session, tenant)
        headers = bearer(settings, await create_user(session, tenant))
        response = await client.post(
            SITES,
            json=_takebashi(
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
            SITES, json=_takebashi(str(branch.id), structure_mode="ccus"), headers=headers
        )
        assert response.status_code == 201, response.text
        assert (response.json()["ccus_status"], response.json()["structure_mode"]) == (
            "not_linked",
            "ccus",
        )

    async def test_every_rule_is_a_field_error_with_a_code(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        foreign_branch = await create_branch(session, await create_tenant(session))
        headers = bearer(settings, await create_user(session, tenant))
        response = await client.post(
            SITES,
            json=_takebashi(
                str(foreign_branch.id),
                prefecture_code="48",
                period_start="2024-04-01",
                period_end="2024-03-31",
                work_locations=["A棟"],
            ),
            headers=headers,
        )
        assert _errors(response) == {
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
        body = _takebashi(
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
        codes = _errors(await client.post(SITES, json=body, headers=headers))
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
        too_many = _takebashi(
            str(branch.id),
            work_location_memo=True,
            work_locations=[f"{number}号棟" for number in range(51)],
        )
        assert (("body", "work_locations"), "too_long") in _errors(
            await client.post(SITES, json=too_many, headers=headers)
        )
        listed = (await client.get(SITES, headers=headers)).json()
        assert listed["pagination"]["total_count"] == 0

    async def test_code_and_ccus_id_are_unique_in_the_tenant_only(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        branch = await create_branch(session, tenant)
        await create_site(session, tenant, branch, code="S23_398", ccus_site_id="64453148416971")
        headers = bearer(settings, await create_user(session, tenant))
        duplicate = _takebashi(str(branch.id), code="Ｓ23_398", ccus_site_id="64453148416971")
        assert _errors(await client.post(SITES, json=duplicate, headers=headers)) == {
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
                json=_takebashi(str(branch.id), code=code, uses_kentaikyo=True),
                headers=headers,
            )
            assert _errors(refused) == {(("body", "code"), "site.code_kentaikyo_charset")}, code
        accepted = await client.post(
            SITES,
            json=_takebashi(str(branch.id), code="ｒ06－OISO_2", uses_kentaikyo=True),
            headers=headers,
        )
        assert accepted.status_code == 201, accepted.text
        assert accepted.json()["code"] == "r06-OISO_2"

        without = await client.post(
            SITES, json=_takebashi(str(branch.id), code="大磯-1"), headers=headers
        )
        assert without.status_code == 201, without.text
        switched_on = await client.patch(
            f"{SITES}/{without.json()['id']}", json={"uses_kentaikyo": True}, headers=headers
        )
        assert _errors(switched_on) == {(("body", "code"), "site.code_kentaikyo_charset")}

    async def test_period_order_is_checked_on_the_merged_state(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        branch = await create_branch(session, tenant)
        headers = bearer(settings, await create_user(session, tenant))
        created = await client.post(
            SITES,
            json=_takebashi(str(branch.id), period_start="2024-05-01", period_end="2024-05-01"),
            headers=headers,
        )
        assert created.status_code == 201, created.text
        site_url = f"{SITES}/{created.json()['id']}"
        earlier = await client.patch(site_url, json={"period_end": "2024-04-30"}, headers=headers)
        assert _errors(earlier) == {(("body", "period_end"), "site.period_order")}
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
            json=_takebashi(
                str(branch.id), work_location_memo=True, work_locations=["Ａ棟", "B棟", "A棟"]
            ),
            headers=headers,
        )
        assert _errors(duplicated) == {
            (("body", "work_locations", 2), "site.work_location_duplicate")
        }
        created = await client.post(
            SITES,
            json=_takebashi(str(branch.id), work_location_memo=True, work_locations=["A棟"]),
            headers=headers,
        )
        assert created.status_code == 201, created.text
        site_url = f"{SITES}/{created.json()['id']}"
        memo_off = await client.patch(site_url, json={"work_location_memo": False}, headers=headers)
        assert _errors(memo_off) == {
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


class TestListSites:
    async def test_filters_sorting_and_pagination(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        kanagawa, takaoka = (
            await create_branch(session, tenant, "神奈川支店"),
            await create_branch(session, tenant, "高岡支店"),
        )
        await create_site(
            session,
            tenant,
            kanagawa,
            code="R06-OISO",
            name="令和6.3年度 大磯工浚渫工事",
            prefecture_code="14",
            ccus_site_id="02139361740172",
            period_start=date(2024, 4, 1),
            period_end=date(2025, 3, 31),
        )
        await create_site(
            session,
            tenant,
            kanagawa,
            code="S23_398",
            name="竹橋AZビル 改修工事",
            prefecture_code="13",
            ccus_site_id="64453148416971",
            period_start=date(2023, 3, 15),
            period_end=date(2024, 12, 31),
        )
        await create_site(
            session,
            tenant,
            takaoka,
            code="230001D_mizumoto",
            name="横須賀港",
            prefecture_code="13",
            structure_mode=StructureMode.ccus,
            is_visible=False,
        )
        headers = bearer(settings, await create_user(session, tenant))

        async def codes(query: str) -> list[str]:
            response = await client.get(f"{SITES}?{query}", headers=headers)
            assert response.status_code == 200, response.text
            return [item["code"] for item in response.json()["items"]]

        assert await codes("") == ["230001D_mizumoto", "R06-OISO", "S23_398"]
        assert await codes("sort=-code") == ["S23_398", "R06-OISO", "230001D_mizumoto"]
        assert await codes("sort=name") == ["R06-OISO", "230001D_mizumoto", "S23_398"]
        assert await codes("sort=period_start") == ["S23_398", "R06-OISO", "230001D_mizumoto"]
        assert await codes(f"branch_id={takaoka.id}") == ["230001D_mizumoto"]
        assert await codes("code=oiso") == ["R06-OISO"]
        assert await codes("code=_") == ["230001D_mizumoto", "S23_398"]
        assert await codes("name=竹橋") == ["S23_398"]
        assert await codes("name=mizumoto") == ["230001D_mizumoto"]
        assert await codes("ccus_site_id=4453148") == ["S23_398"]
        assert await codes("prefecture_code=13") == ["230001D_mizumoto", "S23_398"]
        assert await codes("is_visible=false") == ["230001D_mizumoto"]
        assert await codes("is_visible=true") == ["R06-OISO", "S23_398"]
        assert await codes("structure_mode=ccus") == ["230001D_mizumoto"]
        assert await codes("has_ccus_id=true") == ["R06-OISO", "S23_398"]
        assert await codes("has_ccus_id=false") == ["230001D_mizumoto"]
        assert await codes("active_on=2024-06-01") == ["230001D_mizumoto", "R06-OISO", "S23_398"]
        assert await codes("active_on=2025-01-01") == ["230001D_mizumoto", "R06-OISO"]
        assert await codes("active_on=2023-03-14") == ["230001D_mizumoto"]
        page = (await client.get(f"{SITES}?limit=2&page=2", headers=headers)).json()
        assert [item["code"] for item in page["items"]] == ["S23_398"]
        assert page["pagination"] == {
            "total_count": 3,
            "page": 2,
            "limit": 2,
            "max_page": 2,
            "total_is_exact": True,
        }
        bad_sort = await client.get(f"{SITES}?sort=ccus_status", headers=headers)
        assert (bad_sort.status_code, bad_sort.json()["errors"][0]["code"]) == (
            422,
            "sort.unknown_field",
        )

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
        refused = await client.post(SITES, json=_takebashi(str(naha.id)), headers=staff)
        assert _errors(refused) == {(("body", "branch_id"), "branch.not_found")}
        moved = await client.patch(
            f"{SITES}/{mine.id}", json={"branch_id": str(naha.id)}, headers=staff
        )
        assert _errors(moved) == {(("body", "branch_id"), "branch.not_found")}

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
        rows, total = await service.list_sites(
            session, subject, SiteFilters(), PageParams(page=1, limit=20)
        )
        assert ([row.id for row in rows], total) == ([gate_site.id], 1)
        assert (await service.get_site(session, subject, gate_site.id)).id == gate_site.id
        try:
            await service.get_site(session, subject, other_site.id)
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


class TestUpdateAndDelete:
    async def test_update_requeues_ccus_only_for_what_ccus_must_learn(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        branch = await create_branch(session, tenant)
        headers = bearer(settings, await create_user(session, tenant))
        created = await client.post(
            SITES, json=_takebashi(str(branch.id), ccus_site_id="64453148416971"), headers=headers
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
            SITES, json=_takebashi(str(branch.id), phone="0312345678"), headers=headers
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
        assert _errors(refused) == {
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
            await client.post(SITES, json=_takebashi(str(branch.id)), headers=headers)
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

    async def test_delete_removes_a_site_without_history(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        site = await create_site(session, tenant)
        headers = bearer(settings, await create_user(session, tenant))
        assert (await client.delete(f"{SITES}/{site.id}", headers=headers)).status_code == 204
        gone = await client.get(f"{SITES}/{site.id}", headers=headers)
        assert (gone.status_code, gone.json()["code"]) == (404, "site.not_found")

    async def test_a_site_with_a_work_day_or_a_structure_cannot_be_deleted(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        business = await create_business(session, tenant)
        worker = await create_worker(session, tenant, business)
        worked, structured = await create_site(session, tenant), await create_site(session, tenant)
        session.add(
            WorkDay(
                tenant_id=tenant.id,
                site_id=worked.id,
                worker_id=worker.id,
                business_id=business.id,
                work_date=date(2026, 11, 24),
                occupation_id=REBAR,
                source=WorkDaySource.staff,
            )
        )
        session.add(
            SiteBusiness(tenant_id=tenant.id, site_id=structured.id, business_id=business.id)
        )
        await session.flush()
        headers = bearer(settings, await create_user(session, tenant))
        for site in (worked, structured):
            refused = await client.delete(f"{SITES}/{site.id}", headers=headers)
            assert (refused.status_code, refused.json()["code"]) == (409, "site.has_history")
            assert (await client.get(f"{SITES}/{site.id}", headers=headers)).status_code == 200
