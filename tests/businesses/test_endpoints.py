from __future__ import annotations

from typing import Any

from httpx import AsyncClient
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.models.business import Business
from api.models.user import UserRole
from tests.fixtures.factories import (
    bearer,
    create_branch,
    create_business,
    create_tenant,
    create_user,
    create_worker,
)


def _asagaya(branch_ids: list[str], **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "branch_ids": branch_ids,
        "name": "(株)阿佐ヶ谷鉄筋工業",
        "name_kana": "あさがやてっきんこうぎょう",
        "phone": "０８６-４５６-７８９１",
        "postal_code": "203-0001",
        "prefecture_code": "13",
        "address": "東京都東久留米市上の原2-5-7",
        "fax": "086-456-7892",
        "ccus_business_id": "1986 9311 0568 22",
        "verification_number": "４８２６",
        "kentaikyo_contract_number": "12-345-678",
    }
    body.update(overrides)
    return body


class TestRegisterBusiness:
    async def test_registers_with_normalised_fields_a_random_code_and_masked_secret(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        branch = await create_branch(session, tenant)
        headers = bearer(settings, await create_user(session, tenant))
        response = await client.post(
            "/api/v1/businesses", json=_asagaya([str(branch.id)]), headers=headers
        )
        assert response.status_code == 201, response.text
        body = response.json()
        assert body["name_kana"] == "アサガヤテッキンコウギョウ"
        assert (body["phone"], body["fax"], body["postal_code"]) == (
            "0864567891",
            "0864567892",
            "2030001",
        )
        assert body["ccus_business_id"] == "19869311056822"
        assert body["kentaikyo_contract_number"] == "12345678"
        assert body["verification_number"] == "****"
        assert body["ccus_status"] == "pending"
        assert body["code"].startswith("B")
        assert len(body["code"]) == 9
        assert body["branch_ids"] == [str(branch.id)]

    async def test_verification_number_is_stored_encrypted_and_revealed_only_by_audit(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        branch = await create_branch(session, tenant)
        admin = bearer(settings, await create_user(session, tenant))
        created = (
            await client.post("/api/v1/businesses", json=_asagaya([str(branch.id)]), headers=admin)
        ).json()
        stored = (
            await session.execute(
                text("SELECT verification_number_encrypted FROM businesses WHERE id = :id"),
                {"id": created["id"]},
            )
        ).scalar_one()
        assert b"4826" not in stored

        staff = bearer(settings, await create_user(session, tenant, UserRole.staff))
        refused = await client.post(
            f"/api/v1/businesses/{created['id']}/verification-number/reveal", headers=staff
        )
        assert refused.status_code == 403
        revealed = await client.post(
            f"/api/v1/businesses/{created['id']}/verification-number/reveal", headers=admin
        )
        assert revealed.json() == {"verification_number": "4826"}
        log = (
            await client.get(f"/api/v1/audit-log?entity_id={created['id']}", headers=admin)
        ).json()["items"]
        assert [entry["action"] for entry in log] == [
            "business.reveal_verification_number",
            "business.create",
        ]
        assert log[1]["changes"]["verification_number"] == [None, "****"]
        assert "4826" not in str(log)

    async def test_a_ciphertext_copied_to_another_row_does_not_decrypt(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        branch = await create_branch(session, tenant)
        admin = bearer(settings, await create_user(session, tenant))
        first = (
            await client.post("/api/v1/businesses", json=_asagaya([str(branch.id)]), headers=admin)
        ).json()
        second = await create_business(session, tenant, [branch])
        source = (
            await session.execute(select(Business).where(Business.id == first["id"]))
        ).scalar_one()
        second.verification_number_encrypted = source.verification_number_encrypted
        await session.flush()
        response = await client.post(
            f"/api/v1/businesses/{second.id}/verification-number/reveal", headers=admin
        )
        assert response.status_code == 500
        assert "4826" not in response.text

    async def test_every_rule_is_a_field_error_with_a_code(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        foreign_branch = await create_branch(session, await create_tenant(session))
        headers = bearer(settings, await create_user(session, tenant))
        response = await client.post(
            "/api/v1/businesses",
            json=_asagaya(
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
            json=_asagaya(
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

    async def test_duplicate_code_and_ccus_id_in_the_tenant(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        branch = await create_branch(session, tenant)
        existing = await create_business(
            session, tenant, [branch], ccus_business_id="19869311056822"
        )
        headers = bearer(settings, await create_user(session, tenant))
        response = await client.post(
            "/api/v1/businesses",
            json=_asagaya([str(branch.id)], code=existing.code),
            headers=headers,
        )
        codes = {error["code"] for error in response.json()["errors"]}
        assert codes == {"business.code_taken", "business.ccus_id_taken"}


class TestListBusinesses:
    async def test_filters_sorting_and_pagination(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        kanagawa, naha = (
            await create_branch(session, tenant, "神奈川支店"),
            await create_branch(session, tenant, "那覇支店"),
        )
        await create_business(
            session,
            tenant,
            [kanagawa],
            name="(株)荻窪鉄筋工業",
            name_kana="オギクボテッキン",
            phone="0641234567",
        )
        await create_business(
            session,
            tenant,
            [kanagawa, naha],
            name="(株)御徒町塗装",
            name_kana="オカチマチトソウ",
            ccus_business_id="66666999995214",
        )
        await create_business(
            session, tenant, [naha], name="吉祥寺組", name_kana="キチジョウジグミ"
        )
        headers = bearer(settings, await create_user(session, tenant))

        async def names(query: str) -> list[str]:
            response = await client.get(f"/api/v1/businesses?{query}", headers=headers)
            assert response.status_code == 200, response.text
            return [item["name"] for item in response.json()["items"]]

        assert await names("") == ["(株)御徒町塗装", "(株)荻窪鉄筋工業", "吉祥寺組"]
        assert await names("sort=-name_kana") == ["吉祥寺組", "(株)荻窪鉄筋工業", "(株)御徒町塗装"]
        assert await names(f"branch_id={naha.id}") == ["(株)御徒町塗装", "吉祥寺組"]
        assert (
            await names("name=おかちまち") == []
        )  # kana filter matches katakana as typed after NFKC
        assert await names("name=オカチ") == ["(株)御徒町塗装"]
        assert await names("name=鉄筋") == ["(株)荻窪鉄筋工業"]
        assert await names("ccus_business_id=669999") == ["(株)御徒町塗装"]
        assert await names("has_ccus_id=false") == ["(株)荻窪鉄筋工業", "吉祥寺組"]
        assert await names("phone=0641") == ["(株)荻窪鉄筋工業"]
        assert await names("name=%25") == []
        page = (await client.get("/api/v1/businesses?limit=2&page=2", headers=headers)).json()
        assert page["pagination"] == {
            "total_count": 3,
            "page": 2,
            "limit": 2,
            "max_page": 2,
            "total_is_exact": True,
        }
        bad_sort = await client.get("/api/v1/businesses?sort=password", headers=headers)
        assert (bad_sort.status_code, bad_sort.json()["errors"][0]["code"]) == (
            422,
            "sort.unknown_field",
        )

    async def test_branch_limited_staff_see_their_branches_businesses(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        kanagawa, naha = await create_branch(session, tenant), await create_branch(session, tenant)
        mine = await create_business(session, tenant, [kanagawa])
        theirs = await create_business(session, tenant, [naha])
        staff = bearer(
            settings, await create_user(session, tenant, UserRole.staff, branches=[kanagawa])
        )
        listed = (await client.get("/api/v1/businesses", headers=staff)).json()["items"]
        assert [item["id"] for item in listed] == [str(mine.id)]
        assert (
            await client.get(f"/api/v1/businesses/{theirs.id}", headers=staff)
        ).status_code == 404
        refused = await client.post(
            "/api/v1/businesses", json=_asagaya([str(naha.id)]), headers=staff
        )
        assert refused.json()["errors"][0]["code"] == "branch.not_found"


class TestUpdateAndDelete:
    async def test_update_requeues_ccus_and_keeps_required_fields(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        branch = await create_branch(session, tenant)
        headers = bearer(settings, await create_user(session, tenant))
        created = (
            await client.post(
                "/api/v1/businesses", json=_asagaya([str(branch.id)]), headers=headers
            )
        ).json()
        await session.execute(
            text("UPDATE businesses SET ccus_status = 'synced' WHERE id = :id"),
            {"id": created["id"]},
        )
        renamed = await client.patch(
            f"/api/v1/businesses/{created['id']}",
            json={"address": "東京都東久留米市上の原2-5-8"},
            headers=headers,
        )
        assert renamed.json()["ccus_status"] == "pending"
        cleared = await client.patch(
            f"/api/v1/businesses/{created['id']}", json={"phone": None}, headers=headers
        )
        assert (cleared.status_code, cleared.json()["errors"][0]["code"]) == (422, "missing")
        no_id = await client.patch(
            f"/api/v1/businesses/{created['id']}", json={"ccus_business_id": None}, headers=headers
        )
        assert no_id.json()["errors"][0]["code"] == "business.representative_required"

    async def test_a_business_with_workers_cannot_be_deleted(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        business = await create_business(session, tenant)
        empty = await create_business(session, tenant)
        await create_worker(session, tenant, business)
        headers = bearer(settings, await create_user(session, tenant))
        refused = await client.delete(f"/api/v1/businesses/{business.id}", headers=headers)
        assert (refused.status_code, refused.json()["code"]) == (409, "business.has_workers")
        assert (
            await client.delete(f"/api/v1/businesses/{empty.id}", headers=headers)
        ).status_code == 204


class TestOptionalFields:
    async def test_null_and_blank_optional_text_clears_it_instead_of_failing(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        branch = await create_branch(session, tenant)
        headers = bearer(settings, await create_user(session, tenant))
        created = await client.post(
            "/api/v1/businesses", json=_asagaya([str(branch.id)]), headers=headers
        )
        business_id = created.json()["id"]
        response = await client.patch(
            f"/api/v1/businesses/{business_id}",
            json={"address": None, "prefecture_code": "  "},
            headers=headers,
        )
        assert response.status_code == 200, response.text
        assert (response.json()["address"], response.json()["prefecture_code"]) == (None, None)
        response = await client.patch(
            f"/api/v1/businesses/{business_id}", json={"address": "x" * 201}, headers=headers
        )
        assert response.status_code == 422
        assert response.json()["errors"][0]["loc"] == ["body", "address"]
