"""建設業許可番号設定: a business's permits, added, changed, removed, and walled per tenant."""

from __future__ import annotations

from typing import Any

from httpx import AsyncClient
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.db import set_tenant
from tests.fixtures.factories import bearer, create_business, create_tenant, create_user


def _permit(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "authority": "governor",
        "prefecture_code": "13",
        "grade": "general",
        "number": 123456,
        "trades": ["筋", "と"],
        "expires_on": "2029-03-31",
    }
    body.update(overrides)
    return body


def _errors(response: Any) -> set[tuple[tuple[str | int, ...], str]]:
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    return {(tuple(error["loc"]), error["code"]) for error in response.json()["errors"]}


async def test_permits_are_added_changed_and_removed(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    business = await create_business(session, tenant)
    headers = bearer(settings, await create_user(session, tenant))
    permits = f"/api/v1/businesses/{business.id}/permits"

    added = await client.post(permits, json=_permit(), headers=headers)
    assert added.status_code == 201, added.text
    permit = added.json()
    assert (permit["authority"], permit["prefecture_code"], permit["trades"]) == (
        "governor",
        "13",
        ["筋", "と"],
    )
    minister = await client.post(
        permits,
        json=_permit(
            authority="minister", prefecture_code=None, grade="special", expires_on="2027-01-31"
        ),
        headers=headers,
    )
    assert minister.status_code == 201, minister.text
    listed = (await client.get(permits, headers=headers)).json()
    assert [row["grade"] for row in listed] == ["special", "general"]

    changed = await client.put(
        f"{permits}/{permit['id']}", json=_permit(number=7, trades=["建"]), headers=headers
    )
    assert (changed.status_code, changed.json()["number"], changed.json()["trades"]) == (
        200,
        7,
        ["建"],
    )
    assert (await client.delete(f"{permits}/{permit['id']}", headers=headers)).status_code == 204
    assert [row["id"] for row in (await client.get(permits, headers=headers)).json()] == [
        minister.json()["id"]
    ]
    gone = await client.put(f"{permits}/{permit['id']}", json=_permit(), headers=headers)
    assert (gone.status_code, gone.json()["code"]) == (404, "permit.not_found")


async def test_bad_permits_are_refused_field_by_field(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    business = await create_business(session, tenant)
    headers = bearer(settings, await create_user(session, tenant))
    permits = f"/api/v1/businesses/{business.id}/permits"

    cases = {
        "governor without prefecture": (
            _permit(prefecture_code=None),
            {(("body", "prefecture_code"), "permit.prefecture_required")},
        ),
        "minister with prefecture": (
            _permit(authority="minister"),
            {(("body", "prefecture_code"), "permit.prefecture_not_allowed")},
        ),
        "unknown prefecture": (
            _permit(prefecture_code="99"),
            {(("body", "prefecture_code"), "prefecture.unknown")},
        ),
        "trade twice": (
            _permit(trades=["筋", "と", "筋"]),
            {(("body", "trades", 2), "permit.trade_duplicate")},
        ),
    }
    for name, (body, expected) in cases.items():
        assert _errors(await client.post(permits, json=body, headers=headers)) == expected, name
    shape = await client.post(
        permits, json=_permit(number=0, trades=["鉄"], grade="x"), headers=headers
    )
    assert {loc for loc, _ in _errors(shape)} == {
        ("body", "number"),
        ("body", "trades", 0),
        ("body", "grade"),
    }
    assert (await client.get(permits, headers=headers)).json() == []


async def test_permits_of_another_tenant_are_out_of_reach(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    other = await create_tenant(session)
    theirs = await create_business(session, other)
    other_headers = bearer(settings, await create_user(session, other))
    await client.post(
        f"/api/v1/businesses/{theirs.id}/permits", json=_permit(), headers=other_headers
    )
    tenant = await create_tenant(session)
    headers = bearer(settings, await create_user(session, tenant))
    for response in (
        await client.get(f"/api/v1/businesses/{theirs.id}/permits", headers=headers),
        await client.post(
            f"/api/v1/businesses/{theirs.id}/permits", json=_permit(), headers=headers
        ),
    ):
        assert (response.status_code, response.json()["code"]) == (404, "business.not_found")
    await set_tenant(session, other.id)
    assert (await session.execute(text("SELECT count(*) FROM business_permits"))).scalar_one() == 1
    await set_tenant(session, tenant.id)
    assert (await session.execute(text("SELECT count(*) FROM business_permits"))).scalar_one() == 0


async def test_the_own_company_is_found_by_its_flag(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    own = await create_business(session, tenant, is_own_company=True)
    await create_business(session, tenant)
    headers = bearer(settings, await create_user(session, tenant))
    listed = await client.get("/api/v1/businesses?is_own_company=true", headers=headers)
    assert [row["id"] for row in listed.json()["items"]] == [str(own.id)]
    others = await client.get("/api/v1/businesses?is_own_company=false", headers=headers)
    assert str(own.id) not in [row["id"] for row in others.json()["items"]]
    assert others.json()["pagination"]["total_count"] == 1
