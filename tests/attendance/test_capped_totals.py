"""Very large totals are capped and say so."""

from __future__ import annotations

import pytest
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.attendance import repository
from api.config import Settings
from tests.attendance.attended_days import attend_days
from tests.attendance.terminal_helpers import one_worker_gate
from tests.fixtures.factories import (
    bearer,
    create_user,
)
from tests.fixtures.jobs import Fold


async def test_very_large_totals_are_capped_and_say_so(
    client: AsyncClient,
    session: AsyncSession,
    settings: Settings,
    fold: Fold,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(repository, "COUNT_CAP", 2)
    tenant, site, worker, gate = await one_worker_gate(session, settings)
    await attend_days(client, gate, site.id, worker.id, ["2026-11-02", "2026-11-03", "2026-11-04"])
    await fold(tenant.id)
    admin = bearer(settings, await create_user(session, tenant))
    body = (await client.get("/api/v1/attendance?limit=1&page=3", headers=admin)).json()
    assert (body["pagination"]["total_count"], body["pagination"]["total_is_exact"]) == (2, False)
    assert [day["work_date"] for day in body["items"]] == ["2026-11-02"]
