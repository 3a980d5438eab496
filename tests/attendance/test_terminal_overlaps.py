"""Terminal events: overlapping terminals make one work day; a reused id with other content
is a conflict."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from tests.attendance.terminal_endpoint import URL, tokyo_minute
from tests.attendance.terminal_helpers import event, one_worker_gate, terminal_headers, work_days
from tests.fixtures.jobs import Fold


class TestOverlapsAndConflicts:
    async def test_two_terminals_with_overlapping_events_make_one_work_day(
        self, client: AsyncClient, session: AsyncSession, settings: Settings, fold: Fold
    ) -> None:
        tenant, site, worker, gate_a = await one_worker_gate(session, settings)
        gate_b = await terminal_headers(session, settings, tenant, [site.id])
        # Both gates use the same event ids: ids are per terminal.
        await client.post(
            URL,
            json={
                "events": [
                    event("1", site.id, worker.id, "entry", "2026-11-24 08:05"),
                    event("2", site.id, worker.id, "exit", "2026-11-24 17:00"),
                ]
            },
            headers=gate_a,
        )
        response = await client.post(
            URL,
            json={
                "events": [
                    event("1", site.id, worker.id, "entry", "2026-11-24 07:58"),
                    event("2", site.id, worker.id, "exit", "2026-11-24 17:30"),
                ]
            },
            headers=gate_b,
        )

        assert response.json()["accepted"] == 2
        await fold(tenant.id)
        [day] = await work_days(session, tenant.id)
        assert (tokyo_minute(day.entry_at), tokyo_minute(day.exit_at)) == (
            "2026-11-24 07:58",
            "2026-11-24 17:30",
        )

    async def test_the_same_id_with_other_content_is_a_conflict_and_changes_nothing(
        self, client: AsyncClient, session: AsyncSession, settings: Settings, fold: Fold
    ) -> None:
        tenant, site, worker, headers = await one_worker_gate(session, settings)
        await client.post(
            URL,
            json={"events": [event("e1", site.id, worker.id, "entry", "2026-11-24 08:00")]},
            headers=headers,
        )
        response = await client.post(
            URL,
            json={
                "events": [
                    event("e1", site.id, worker.id, "entry", "2026-11-24 06:00"),
                    event("e2", site.id, worker.id, "exit", "2026-11-24 17:00"),
                    event("e2", site.id, worker.id, "exit", "2026-11-24 17:00"),
                ]
            },
            headers=headers,
        )
        results = response.json()["results"]
        assert [(r["status"], r["code"]) for r in results] == [
            ("rejected", "event.id_reused"),
            ("accepted", None),
            ("duplicate", None),
        ]
        await fold(tenant.id)
        [day] = await work_days(session, tenant.id)
        assert (tokyo_minute(day.entry_at), tokyo_minute(day.exit_at)) == (
            "2026-11-24 08:00",
            "2026-11-24 17:00",
        )
