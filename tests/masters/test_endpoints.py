from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.models.user import UserRole
from tests.fixtures.factories import REBAR, bearer, create_tenant, create_user


async def test_masters_are_loaded_from_their_data_files(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    headers = bearer(
        settings, await create_user(session, await create_tenant(session), UserRole.viewer)
    )
    prefectures = (await client.get("/api/v1/masters/prefectures", headers=headers)).json()
    assert len(prefectures) == 47
    assert prefectures[12] == {"code": "13", "name": "東京都"}
    positions = {
        row["name"]: row
        for row in (await client.get("/api/v1/masters/positions", headers=headers)).json()
    }
    assert positions["職長"]["is_management"] is True
    assert "職長・安全衛生責任者" in positions
    employment = [
        row["name"]
        for row in (await client.get("/api/v1/masters/employment-types", headers=headers)).json()
    ]
    assert {"事業主", "労働者", "一人親方"} <= set(employment)
    insurance = (await client.get("/api/v1/masters/insurance-values", headers=headers)).json()
    assert {row["kind"] for row in insurance} == {"health", "pension", "employment", "kentaikyo"}

    occupations = (
        await client.get("/api/v1/masters/occupations?major_code=10", headers=headers)
    ).json()
    rebar = next(row for row in occupations if row["id"] == str(REBAR))
    assert (rebar["major_name"], rebar["minor_name"], rebar["confidence"]) == (
        "鉄筋工",
        "鉄筋工",
        "confirmed",
    )
    assert rebar["shipped"] is True
    everything = (await client.get("/api/v1/masters/occupations", headers=headers)).json()
    assert {row["confidence"] for row in everything} == {"confirmed", "seed", "inferred"}
    carpentry = [row["minor_code"] for row in everything if row["major_code"] == "34"]
    assert carpentry == [f"{code:02d}" for code in range(1, 10)]


async def test_admins_add_and_edit_their_own_occupations_only(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    admin = bearer(settings, await create_user(session, tenant))
    created = await client.post(
        "/api/v1/masters/occupations",
        json={
            "major_code": "56",
            "major_name": "解体工",
            "minor_code": "01",
            "minor_name": "解体工",
        },
        headers=admin,
    )
    assert created.status_code == 201
    assert (created.json()["confidence"], created.json()["shipped"]) == ("tenant", False)
    renamed = await client.patch(
        f"/api/v1/masters/occupations/{created.json()['id']}",
        json={"minor_name": "解体工(木造)"},
        headers=admin,
    )
    assert renamed.json()["minor_name"] == "解体工(木造)"

    duplicate = await client.post(
        "/api/v1/masters/occupations",
        json={
            "major_code": "10",
            "major_name": "鉄筋工",
            "minor_code": "01",
            "minor_name": "鉄筋工",
        },
        headers=admin,
    )
    assert (duplicate.status_code, duplicate.json()["code"]) == (409, "occupation.code_taken")
    shipped = await client.patch(
        f"/api/v1/masters/occupations/{REBAR}", json={"minor_name": "x"}, headers=admin
    )
    assert (shipped.status_code, shipped.json()["code"]) == (409, "occupation.shipped_read_only")

    other = bearer(settings, await create_user(session, await create_tenant(session)))
    others_view = (
        await client.get("/api/v1/masters/occupations?major_code=56", headers=other)
    ).json()
    assert others_view == []
    foreign = await client.patch(
        f"/api/v1/masters/occupations/{created.json()['id']}",
        json={"minor_name": "乗っ取り"},
        headers=other,
    )
    assert foreign.status_code == 404


async def test_staff_cannot_edit_masters(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    staff = bearer(
        settings, await create_user(session, await create_tenant(session), UserRole.staff)
    )
    response = await client.post(
        "/api/v1/masters/occupations",
        json={"major_code": "57", "major_name": "x", "minor_code": "01", "minor_name": "x"},
        headers=staff,
    )
    assert response.status_code == 403
