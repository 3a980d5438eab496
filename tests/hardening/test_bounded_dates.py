"""Bounded dates and instants: extreme but well-formed values are field errors, never a 500 and
never stored; instants need their offset and are answered with it."""

from __future__ import annotations

import re
from typing import Any

from httpx import AsyncClient

from tests.fixtures.factories import REBAR
from tests.hardening.extreme_dates import BAD, send


async def test_extreme_dates_are_field_errors(client: AsyncClient, world: dict[str, Any]) -> None:
    wrong = []
    for case in BAD:
        response = await send(client, world, case)
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
        await send(client, world, case)
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
