"""Terminal events: answers come first, the worker folds, replays name the work days."""

from __future__ import annotations

from arq.connections import ArqRedis
from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.db import SessionMaker
from api.models.attendance import AttendanceEvent
from tests.attendance.terminal_endpoint import URL, tokyo_minute
from tests.attendance.terminal_helpers import event, terminal_headers, work_days
from tests.fixtures.factories import (
    create_business,
    create_site,
    create_tenant,
    create_worker,
)
from tests.fixtures.jobs import run_queued_jobs


class TestReplays:
    async def test_answers_come_first_then_the_worker_folds_and_replays_name_the_work_days(
        self,
        client: AsyncClient,
        session: AsyncSession,
        settings: Settings,
        sessionmaker: SessionMaker,
        redis: ArqRedis,
    ) -> None:
        tenant = await create_tenant(session)
        site = await create_site(session, tenant)
        business = await create_business(session, tenant)
        kawagoe = await create_worker(session, tenant, business)
        inoue = await create_worker(session, tenant, business)
        headers = await terminal_headers(session, settings, tenant, [site.id])
        batch = {
            "events": [
                event("e1", site.id, kawagoe.id, "entry", "2026-11-24 08:01"),
                event("e2", site.id, inoue.id, "entry", "2026-11-24 08:03"),
                event("e3", site.id, kawagoe.id, "exit", "2026-11-24 17:02"),
            ]
        }
        answers = [(await client.post(URL, json=batch, headers=headers)).json() for _ in range(2)]

        assert [a["results"][0]["status"] for a in answers] == ["accepted", "duplicate"]
        assert (answers[0]["accepted"], answers[1]["duplicates"]) == (3, 3)
        # Stored and answered; the work days are the worker's to write.
        assert [r["work_day_id"] for a in answers for r in a["results"]] == [None] * 6
        assert await work_days(session, tenant.id) == []

        # The arq worker, taking the job the answer queued in Redis.
        assert await run_queued_jobs(settings, sessionmaker, redis) >= 1
        replay = (await client.post(URL, json=batch, headers=headers)).json()

        days = await work_days(session, tenant.id)
        assert len(days) == 2
        by_worker = {day.worker_id: day for day in days}
        assert [(r["status"], r["work_day_id"]) for r in replay["results"]] == [
            ("duplicate", str(by_worker[kawagoe.id].id)),
            ("duplicate", str(by_worker[inoue.id].id)),
            ("duplicate", str(by_worker[kawagoe.id].id)),
        ]
        assert (
            tokyo_minute(by_worker[kawagoe.id].entry_at),
            tokyo_minute(by_worker[kawagoe.id].exit_at),
        ) == (
            "2026-11-24 08:01",
            "2026-11-24 17:02",
        )
        assert (tokyo_minute(by_worker[inoue.id].entry_at), by_worker[inoue.id].exit_at) == (
            "2026-11-24 08:03",
            None,
        )
        stored = (
            select(func.count())
            .select_from(AttendanceEvent)
            .where(AttendanceEvent.tenant_id == tenant.id)
        )
        assert (await session.execute(stored)).scalar_one() == 3
