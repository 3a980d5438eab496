"""The CCUS pipeline under the sandbox's faults."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
from httpx import AsyncClient
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from api.ccus import dispatcher
from api.config import Settings
from api.db import SessionMaker
from api.models.ccus_outbox import OutboxKind, OutboxStatus
from tests.ccus.conftest import Pipeline
from tests.ccus.outbox_reads import outbox_rows, sandbox_stats
from tests.ccus.world import attend, linked_world, make_due
from tests.fixtures.jobs import Fold


class TestFaults:
    async def test_server_errors_reschedule_and_the_record_still_goes_out_once(
        self,
        client: AsyncClient,
        fold: Fold,
        session: AsyncSession,
        ccus_settings: Settings,
        sessionmaker: SessionMaker,
        sandbox_admin: httpx.AsyncClient,
        pipeline: Pipeline,
    ) -> None:
        world = await linked_world(session, ccus_settings)
        await attend(client, world, "2026-11-20", fold, prefix="faults-")
        await make_due(session, world.tenant.id)
        await sandbox_admin.put("/admin/faults", json={"error_rate": 1.0})
        deps = pipeline(sessionmaker, ccus_settings)
        tried_at = datetime.now(UTC)
        # One round: a second one could already find the retry due (the backoff is short here).
        await dispatcher.dispatch_once(deps)
        [row] = await outbox_rows(session, world.tenant.id, OutboxKind.work_day)
        assert (row.status, row.error_code, row.attempts) == (OutboxStatus.pending, "SYSA0001E", 1)
        assert row.scheduled_for > tried_at

        await sandbox_admin.put("/admin/faults", json={})
        await make_due(session, world.tenant.id)
        await dispatcher.dispatch(deps)
        await dispatcher.collect(deps)
        [row] = await outbox_rows(session, world.tenant.id, OutboxKind.work_day)
        assert (row.status, row.attempts) == (OutboxStatus.succeeded, 2)
        assert (await sandbox_stats(sandbox_admin))["keys_applied_twice"] == []

    async def test_a_worker_that_died_mid_send_leaves_rows_that_are_sent_again_once(
        self,
        client: AsyncClient,
        fold: Fold,
        session: AsyncSession,
        ccus_settings: Settings,
        sessionmaker: SessionMaker,
        sandbox_admin: httpx.AsyncClient,
        pipeline: Pipeline,
    ) -> None:
        world = await linked_world(session, ccus_settings)
        await attend(client, world, "2026-11-19", fold, prefix="crash-")
        await make_due(session, world.tenant.id)
        # Claimed and never finished: what a SIGKILL between claim and answer leaves.
        await session.execute(
            text(
                "UPDATE ccus_outbox SET status = 'sending', attempts = 1, last_attempt_at = now() - interval '1 hour' WHERE tenant_id = :t"
            ),
            {"t": world.tenant.id},
        )
        deps = pipeline(sessionmaker, ccus_settings)
        assert await dispatcher.recover_stranded(deps) >= 1
        await dispatcher.dispatch(deps)
        await dispatcher.collect(deps)
        [row] = await outbox_rows(session, world.tenant.id, OutboxKind.work_day)
        assert row.status is OutboxStatus.succeeded
        assert (await sandbox_stats(sandbox_admin))["keys_applied_twice"] == []

    async def test_nothing_goes_out_inside_a_maintenance_window(
        self,
        client: AsyncClient,
        fold: Fold,
        session: AsyncSession,
        ccus_settings: Settings,
        sessionmaker: SessionMaker,
        sandbox_admin: httpx.AsyncClient,
        pipeline: Pipeline,
    ) -> None:
        world = await linked_world(session, ccus_settings)
        await attend(client, world, "2026-11-18", fold, prefix="window-")
        await make_due(session, world.tenant.id)
        every_day = ccus_settings.model_copy(update={"ccus_maintenance_weekdays": list(range(7))})
        before = (await sandbox_stats(sandbox_admin))["requests"]
        assert await dispatcher.dispatch(pipeline(sessionmaker, every_day)) == 0
        assert (await sandbox_stats(sandbox_admin))["requests"] == before
        [row] = await outbox_rows(session, world.tenant.id, OutboxKind.work_day)
        assert row.status is OutboxStatus.pending
