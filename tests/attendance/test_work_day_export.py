"""Work days exported as xlsx and csv."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from tests.attendance.attended_days import attend_days
from tests.attendance.terminal_helpers import one_worker_gate
from tests.fixtures.factories import (
    bearer,
    create_user,
)
from tests.fixtures.jobs import Fold
from tests.imports.helpers import read_xlsx


class TestWorkDayExport:
    async def test_export_as_xlsx_and_csv(
        self, client: AsyncClient, session: AsyncSession, settings: Settings, fold: Fold
    ) -> None:
        tenant, site, worker, gate = await one_worker_gate(session, settings)
        await attend_days(client, gate, site.id, worker.id, ["2026-11-02"])
        await fold(tenant.id)
        admin = bearer(settings, await create_user(session, tenant))

        sheet = read_xlsx((await client.get("/api/v1/attendance/export", headers=admin)).content)
        assert sheet[0][:3] == ["就業日", "現場コード", "現場名"]
        assert sheet[1][0] == "2026/11/02"
        assert sheet[1][7:10] == ["2026/11/02 08:00", "2026/11/02 17:00", "入退場済"]
        csv_response = await client.get("/api/v1/attendance/export?format=csv", headers=admin)
        text = csv_response.content.decode("utf-8-sig")
        assert text.splitlines()[1].startswith(f"2026/11/02,{site.code},")
