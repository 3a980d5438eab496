"""Bounded dates and instants: extreme but well-formed values are field errors, never a 500 and
never stored; instants need their offset and are answered with it; rows stored before the
bounds are reported, and exports still answer with them."""

from __future__ import annotations

import re
from typing import Any

import pytest
from httpx import AsyncClient
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.db import set_tenant
from api.operations.out_of_range import find_out_of_range
from tests.attendance.terminal_helpers import tokyo
from tests.fixtures.factories import (
    REBAR,
    bearer,
    create_business,
    create_site,
    create_tenant,
    create_user,
    create_worker,
)

# (method, path, body or None, the field the error names, its code)
BAD: list[tuple[str, str, dict[str, Any] | None, list[str | int], str]] = [
    ("POST", "/attendance", {"entry_at": "9999-12-31T23:59:59-14:00"}, ["body", "entry_at"], "datetime.out_of_range"),
    ("POST", "/attendance", {"entry_at": "0001-01-01T00:00:00+09:00"}, ["body", "entry_at"], "datetime.out_of_range"),
    ("POST", "/attendance", {"exit_at": "2026-11-20T17:00:00"}, ["body", "exit_at"], "datetime.invalid"),
    ("POST", "/attendance", {"entry_at": 0}, ["body", "entry_at"], "datetime.invalid"),
    ("BULK", "/attendance/bulk", {"date_from": "9999-12-31", "date_to": "9999-12-31"}, ["body", "date_from"], "date.out_of_range"),
    ("BULK", "/attendance/bulk", {"date_from": "0001-01-01", "date_to": "0001-01-01"}, ["body", "date_from"], "date.out_of_range"),
    ("GET", "/attendance?date_from=0001-01-01", None, ["query", "date_from"], "date.out_of_range"),
    ("GET", "/attendance?date_to=0", None, ["query", "date_to"], "date.invalid"),
    ("GET", "/attendance/export?date_to=9999-12-31", None, ["query", "date_to"], "date.out_of_range"),
    ("GET", "/ccus/results?date_to=0001-01-01", None, ["query", "date_to"], "date.out_of_range"),
    ("GET", "/ccus/outbox?day=9999-12-31", None, ["query", "day"], "date.out_of_range"),
    ("GET", "/ccus/results/failures?day=0001-01-01", None, ["query", "day"], "date.out_of_range"),
    ("GET", "/sites?active_on=0001-01-01", None, ["query", "active_on"], "date.out_of_range"),
    ("GET", "/sites/{site}/calendar?month=9999-12", None, ["query", "month"], "month.invalid"),
    ("GET", "/sites/{site}/usage-fee?month=2100-01", None, ["query", "month"], "month.invalid"),
    ("PATCH", "/workers/{worker}", {"birth_date": "1899-12-31"}, ["body", "birth_date"], "date.out_of_range"),
    ("PATCH", "/workers/{worker}", {"birth_date": "2099-01-01"}, ["body", "birth_date"], "date.out_of_range"),
    ("PATCH", "/workers/{worker}", {"hired_on": "0001-01-01"}, ["body", "hired_on"], "date.out_of_range"),
    ("PATCH", "/workers/{worker}", {"qualifications": [{"name": "玉掛け", "expires_on": "9999-12-31"}]}, ["body", "qualifications", 0, "expires_on"], "date.out_of_range"),
    ("PATCH", "/sites/{site}", {"period_end": "9999-12-31"}, ["body", "period_end"], "date.out_of_range"),
    ("POST", "/api-keys", {"name": "k", "kind": "partner", "scopes": ["registry:read"], "expires_at": "9999-12-31T23:59:59-14:00"}, ["body", "expires_at"], "datetime.out_of_range"),
    ("POST", "/api-keys", {"name": "k", "kind": "partner", "scopes": ["registry:read"], "expires_at": "2030-01-01T00:00:00"}, ["body", "expires_at"], "datetime.invalid"),
]  # fmt: skip


@pytest.fixture
async def world(session: AsyncSession, settings: Settings) -> dict[str, Any]:
    tenant = await create_tenant(session)
    site = await create_site(session, tenant)
    worker = await create_worker(session, tenant, await create_business(session, tenant))
    return {
        "tenant": tenant,
        "site": site,
        "worker": worker,
        "headers": bearer(settings, await create_user(session, tenant)),
    }


async def _send(client: AsyncClient, world: dict[str, Any], case: tuple[Any, ...]) -> Any:
    method, path, body, _, _ = case
    url = "/api/v1" + path.format(site=world["site"].id, worker=world["worker"].id)
    ids = {"site_id": str(world["site"].id), "worker_id": str(world["worker"].id)}
    if method == "BULK":
        row = {"worker_id": ids["worker_id"], "entry_time": "22:00", "exit_time": "06:00"}
        body = {"site_id": ids["site_id"], "rows": [row], **body}
        method = "POST"
    elif path == "/attendance":
        body = {**ids, **body}
    return await client.request(method, url, json=body, headers=world["headers"])


async def test_extreme_dates_are_field_errors(client: AsyncClient, world: dict[str, Any]) -> None:
    wrong = []
    for case in BAD:
        response = await _send(client, world, case)
        errors = response.json().get("errors") or []
        if response.status_code != 422 or [case[3], case[4]] not in [
            [e["loc"], e["code"]] for e in errors
        ]:
            wrong.append((case, response.status_code, response.text[:300]))
    assert not wrong, "\n".join(map(str, wrong))


async def test_nothing_extreme_is_stored_and_instants_carry_their_offset(
    client: AsyncClient, world: dict[str, Any]
) -> None:
    for case in BAD[:6]:
        await _send(client, world, case)
    listed = await client.get("/api/v1/attendance", headers=world["headers"])
    assert listed.json()["pagination"]["total_count"] == 0
    created = await client.post(
        "/api/v1/attendance",
        json={
            "site_id": str(world["site"].id),
            "worker_id": str(world["worker"].id),
            "entry_at": "2026-11-20T08:00:00Z",
            "occupation_id": str(REBAR),
        },
        headers=world["headers"],
    )
    assert created.status_code == 201, created.text
    offset = re.compile(r"(Z|[+-][0-9]{2}:[0-9]{2})$")
    for field in ("entry_at", "created_at", "updated_at"):
        assert offset.search(created.json()[field]), created.json()[field]


async def test_rows_stored_out_of_range_are_reported_and_exported(
    client: AsyncClient, session: AsyncSession, world: dict[str, Any]
) -> None:
    created = await client.post(
        "/api/v1/attendance",
        json={
            "site_id": str(world["site"].id),
            "worker_id": str(world["worker"].id),
            "entry_at": tokyo("2026-11-20 08:00"),
        },
        headers=world["headers"],
    )
    work_day_id = created.json()["id"]
    # As the API stored it before the bounds: an instant Tokyo's clock cannot show in a datetime.
    await set_tenant(session, world["tenant"].id)
    await session.execute(
        text("UPDATE work_days SET exit_at = '9999-12-31 23:00:00+00' WHERE id = :id"),
        {"id": work_day_id},
    )
    await session.execute(
        text("UPDATE workers SET birth_date = '0001-01-01' WHERE id = :id"),
        {"id": world["worker"].id},
    )
    findings = await find_out_of_range(await session.connection())
    assert {(f.table, f.column, str(f.row_id)) for f in findings} == {
        ("work_days", "exit_at", work_day_id),
        ("workers", "birth_date", str(world["worker"].id)),
    }
    for export in ("/attendance/export", "/attendance/export?format=csv", "/workers/export"):
        response = await client.get(f"/api/v1{export}", headers=world["headers"])
        assert response.status_code == 200, (export, response.text)
    csv = await client.get("/api/v1/attendance/export?format=csv", headers=world["headers"])
    assert "9999-12-31T23:00:00+00:00" in csv.content.decode("utf-8-sig")
