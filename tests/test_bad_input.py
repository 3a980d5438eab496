"""Inputs schemathesis found answered with a 500; each must be a clear 4xx and change nothing."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.workers.schemas import Qualification
from tests.fixtures.factories import (
    REBAR,
    bearer,
    create_branch,
    create_business,
    create_site,
    create_tenant,
    create_user,
)


async def test_a_branch_with_businesses_or_sites_is_in_use(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    headers = bearer(settings, await create_user(session, tenant))
    with_business, with_site = (
        await create_branch(session, tenant),
        await create_branch(session, tenant),
    )
    await create_business(session, tenant, [with_business])
    await create_site(session, tenant, with_site)
    for branch in (with_business, with_site):
        response = await client.delete(f"/api/v1/branches/{branch.id}", headers=headers)
        assert (response.status_code, response.json()["code"]) == (409, "branch.in_use")


async def test_months_outside_the_calendar_are_a_validation_error(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    site = await create_site(session, tenant)
    headers = bearer(settings, await create_user(session, tenant))
    for path in ("calendar", "usage-fee"):
        response = await client.get(
            f"/api/v1/sites/{site.id}/{path}?month=0000-01", headers=headers
        )
        assert response.status_code == 422


async def test_null_on_a_field_that_cannot_be_empty_is_a_field_error(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    business = await create_business(session, tenant)
    headers = bearer(settings, await create_user(session, tenant))
    response = await client.patch(
        f"/api/v1/businesses/{business.id}", json={"is_own_company": None}, headers=headers
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["body", "is_own_company"]


async def test_qualifications_with_dates_are_stored(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    business = await create_business(session, tenant)
    headers = bearer(settings, await create_user(session, tenant))
    body = {
        "business_id": str(business.id),
        "family_name": "川越",
        "given_name": "十郎",
        "family_kana": "カワゴエ",
        "given_kana": "ジュウロウ",
        "phones": ["09051000010"],
        "birth_date": "1990-01-20",
        "employment_type_code": "02",
        "primary_occupation_id": str(REBAR),
        "qualifications": [
            {
                "name": "玉掛け",
                "number": "A-1",
                "acquired_on": "2015-04-01",
                "expires_on": "2030-03-31",
            }
        ],
    }
    created = await client.post("/api/v1/workers", json=body, headers=headers)
    assert created.status_code == 201, created.text
    assert created.json()["qualifications"][0]["acquired_on"] == "2015-04-01"
    updated = await client.patch(
        f"/api/v1/workers/{created.json()['id']}",
        json={
            "qualifications": [{"name": "足場", "acquired_on": "2020-01-01"}],
            "phones": ["09051000011"],
        },
        headers=headers,
    )
    assert updated.status_code == 200, updated.text
    assert updated.json()["qualifications"] == [
        {"name": "足場", "number": None, "acquired_on": "2020-01-01", "expires_on": None}
    ]
    cleared = await client.patch(
        f"/api/v1/workers/{created.json()['id']}", json={"phones": None}, headers=headers
    )
    assert cleared.json()["errors"][0]["loc"] == ["body", "phones"]


async def test_nul_characters_are_refused_not_a_server_error(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    branch = await create_branch(session, tenant)
    headers = bearer(settings, await create_user(session, tenant))
    body = {"branch_id": str(branch.id), "code": "A\u0000B", "name": "現場", "city": "千代田区"}
    response = await client.post("/api/v1/sites", json=body, headers=headers)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert (await client.get("/api/v1/sites", headers=headers)).json()["pagination"][
        "total_count"
    ] == 0
    broken = await client.post(
        "/api/v1/sites",
        content=b'{"branch_id": ',
        headers={**headers, "Content-Type": "application/json"},
    )
    assert (broken.status_code, broken.json()["code"]) == (400, "request.bad")


async def test_a_blank_qualification_number_is_no_number(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:

    assert Qualification.model_validate({"name": "玉掛け", "number": ""}).number is None
    assert Qualification.model_validate({"name": "玉掛け", "number": None}).number is None


async def test_a_login_name_postgresql_cannot_hold_is_a_field_error(client: AsyncClient) -> None:
    for username in ("admin\u0000@example.com", "a" * 255 + "@example.com"):
        response = await client.post(
            "/api/v1/auth/token", data={"username": username, "password": "x" * 12}
        )
        assert response.status_code == 422, response.text
        assert response.json()["errors"][0]["loc"] == ["body", "username"]


async def test_a_login_sent_as_json_is_told_to_use_the_form(client: AsyncClient) -> None:
    body = {"username": "admin@example.com", "password": "x" * 12}
    response = await client.post("/api/v1/auth/token", json=body)
    assert (response.status_code, response.json()["code"]) == (
        415,
        "request.unsupported_media_type",
    )
    assert "application/x-www-form-urlencoded" in response.json()["detail"]
