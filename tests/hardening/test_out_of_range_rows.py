"""Rows stored before the date bounds existed are reported, and exports still answer with them."""

from __future__ import annotations

from typing import Any

from httpx import AsyncClient
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from api.db import set_tenant
from api.operations.out_of_range import find_out_of_range
from tests.attendance.terminal_helpers import tokyo


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
