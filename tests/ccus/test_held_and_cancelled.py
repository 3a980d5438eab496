"""A cancelled reservation is never sent; days of a worker whose ID check failed are held, then
released when it passes."""

from __future__ import annotations

import httpx
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.ccus import dispatcher
from api.ccus.id_checks import check_tenant
from api.config import Settings
from api.db import SessionMaker
from api.kit.crypto import cipher_from_setting
from api.models.ccus_outbox import OutboxKind, OutboxStatus
from api.models.ccus_status import CcusStatus
from tests.ccus.conftest import Pipeline
from tests.ccus.outbox_reads import outbox_rows, sandbox_stats, work_day_of
from tests.ccus.world import UNKNOWN_WORKER, attend, linked_world, make_due
from tests.fixtures.factories import bearer, create_user
from tests.fixtures.jobs import Fold, OrderedSink, tenant_units


class TestHeldAndCancelled:
    async def test_a_cancelled_reservation_is_never_sent(
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
        await attend(client, world, "2026-11-16", fold, prefix="never-")
        headers = bearer(ccus_settings, await create_user(session, world.tenant))
        [entry] = (
            await client.get("/api/v1/ccus/reservations?kind=work_day", headers=headers)
        ).json()["items"]
        await client.post(f"/api/v1/ccus/reservations/{entry['id']}/cancel", headers=headers)
        await make_due(session, world.tenant.id)
        before = (await sandbox_stats(sandbox_admin))["requests"]
        await dispatcher.dispatch(pipeline(sessionmaker, ccus_settings))
        after = dict((await sandbox_stats(sandbox_admin))["requests"])  # type: ignore[call-overload]
        assert after.get("work-histories") == dict(before).get("work-histories")  # type: ignore[call-overload]
        [row] = await outbox_rows(session, world.tenant.id, OutboxKind.work_day)
        assert row.status is OutboxStatus.cancelled

    async def test_days_of_a_worker_whose_id_check_failed_are_held_then_released_when_it_passes(
        self,
        client: AsyncClient,
        fold: Fold,
        session: AsyncSession,
        ccus_settings: Settings,
        sessionmaker: SessionMaker,
        sandbox_admin: httpx.AsyncClient,
        pipeline: Pipeline,
    ) -> None:
        world = await linked_world(session, ccus_settings, worker_id=UNKNOWN_WORKER)
        world.worker.ccus_status = CcusStatus.failed
        world.worker.ccus_error_code = "DATF0001E"
        await session.flush()
        await attend(client, world, "2026-11-13", fold, prefix="held-")
        await make_due(session, world.tenant.id)
        deps = pipeline(sessionmaker, ccus_settings)
        await dispatcher.dispatch(deps)
        [row] = await outbox_rows(session, world.tenant.id, OutboxKind.work_day)
        assert (row.status, row.error_code) == (OutboxStatus.held, "GENB0004E")
        headers = bearer(ccus_settings, await create_user(session, world.tenant))
        [held] = (
            await client.get("/api/v1/ccus/results/failures?kind=work_day", headers=headers)
        ).json()["items"]
        assert (held["status"], held["error_code"]) == ("held", "GENB0004E")
        assert "自動で送信" in held["advice"]

        # The worker registers in CCUS; the next ID check passes and releases the day.
        await sandbox_admin.put(
            f"/admin/entities/worker/{UNKNOWN_WORKER}",
            json={"name": "水本 林男", "verification_number": "4826"},
        )
        cipher = cipher_from_setting(ccus_settings.encryption_keys.get_secret_value())
        sent: list[str] = []
        units = tenant_units(sessionmaker, world.tenant.id, OrderedSink(sent))
        await check_tenant(units, deps.gateway, cipher, world.tenant.id)
        [row] = await outbox_rows(session, world.tenant.id, OutboxKind.work_day)
        assert row.status is OutboxStatus.pending
        # Sent at once after the commit, not left for the next minute's sweep.
        assert sent == ["ccus.dispatch"]
        await dispatcher.dispatch(deps)
        await dispatcher.collect(deps)
        assert (await work_day_of(session, world.tenant.id)).ccus_status.value == "synced"
