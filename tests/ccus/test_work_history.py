"""Work histories through the outbox and the real sandbox process, results written back."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.ccus import dispatcher
from api.config import Settings
from api.db import SessionMaker
from api.models.ccus_outbox import OutboxKind, OutboxStatus
from tests.ccus.conftest import Pipeline
from tests.ccus.outbox_reads import outbox_rows, work_day_of
from tests.ccus.world import UNKNOWN_WORKER, attend, linked_world, make_due
from tests.fixtures.factories import bearer, create_user
from tests.fixtures.jobs import Fold


class TestWorkHistory:
    async def test_a_work_day_waits_for_the_night_then_goes_out_and_comes_back_synced(
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
        await attend(client, world, "2026-11-24", fold)
        [row] = await outbox_rows(session, world.tenant.id, OutboxKind.work_day)
        assert row.status is OutboxStatus.pending
        assert row.scheduled_for > datetime.now(UTC)
        deps = pipeline(sessionmaker, ccus_settings)
        assert await dispatcher.dispatch(deps) == 0  # not due before the night

        await make_due(session, world.tenant.id)
        assert await dispatcher.dispatch(deps) >= 1
        [row] = await outbox_rows(session, world.tenant.id, OutboxKind.work_day)
        assert (row.status, row.attempts) == (OutboxStatus.awaiting_result, 1)
        assert await dispatcher.collect(deps) == 1
        [row] = await outbox_rows(session, world.tenant.id, OutboxKind.work_day)
        day = await work_day_of(session, world.tenant.id)
        assert (row.status, day.ccus_status.value, day.ccus_error_code) == (
            OutboxStatus.succeeded,
            "synced",
            None,
        )
        structure = await outbox_rows(session, world.tenant.id, OutboxKind.structure)
        assert [entry.status for entry in structure] == [OutboxStatus.succeeded]

    async def test_an_unknown_worker_id_comes_back_as_datk0408e_with_what_to_fix(
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
        await attend(client, world, "2026-11-03", fold)
        await make_due(session, world.tenant.id)
        deps = pipeline(sessionmaker, ccus_settings)
        await dispatcher.dispatch(deps)
        await dispatcher.collect(deps)

        day = await work_day_of(session, world.tenant.id)
        assert (day.ccus_status.value, day.ccus_error_code) == ("failed", "DATK0408E")
        assert day.ccus_error_message == (
            "就業履歴情報の登録に失敗しました。エラー発生箇所：ユーザID:19869311056822、現場ID:02139361740172、"
            "技能者ID:12304567891234、技能者IDに紐付く技能者情報が存在しません。"
        )
        headers = bearer(ccus_settings, await create_user(session, world.tenant))
        failures = (
            await client.get("/api/v1/ccus/results/failures?kind=work_day", headers=headers)
        ).json()
        [failure] = failures["items"]
        assert (failure["error_code"], failure["worker"]["ccus_id"], failure["work_date"]) == (
            "DATK0408E",
            UNKNOWN_WORKER,
            "2026-11-03",
        )
        assert "技能者ID" in failure["advice"]
        counts = (await client.get("/api/v1/ccus/results", headers=headers)).json()
        assert counts[0]["kinds"]["work_day"] == {"processed": 1, "succeeded": 0, "failed": 1}

        # The worker registers in CCUS; staff resend; it goes through.
        await sandbox_admin.put(
            f"/admin/entities/worker/{UNKNOWN_WORKER}",
            json={"name": "水本 林男", "verification_number": "4826"},
        )
        resent = await client.post(f"/api/v1/ccus/outbox/{failure['id']}/resend", headers=headers)
        assert resent.status_code == 201, resent.text
        await dispatcher.dispatch(deps)
        await dispatcher.collect(deps)
        assert (await work_day_of(session, world.tenant.id)).ccus_status.value == "synced"
