"""Posts entry and exit events for a worker's days, for the reading tests."""

from __future__ import annotations

from uuid import UUID

from httpx import AsyncClient

from tests.attendance.terminal_endpoint import URL
from tests.attendance.terminal_helpers import event


async def attend_days(
    client: AsyncClient,
    headers: dict[str, str],
    site_id: UUID,
    worker_id: UUID,
    days: list[str],
) -> None:
    events = []
    for day in days:
        events.append(
            event(
                f"{site_id.hex[:8]}-{worker_id.hex[-8:]}-{day}-in",
                site_id,
                worker_id,
                "entry",
                f"{day} 08:00",
            )
        )
        events.append(
            event(
                f"{site_id.hex[:8]}-{worker_id.hex[-8:]}-{day}-out",
                site_id,
                worker_id,
                "exit",
                f"{day} 17:00",
            )
        )
    response = await client.post(URL, json={"events": events}, headers=headers)
    assert response.json()["rejected"] == 0, response.text
