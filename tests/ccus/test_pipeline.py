"""Outbox → real sandbox process → results written back, under faults."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
from arq.connections import ArqRedis
from httpx import AsyncClient
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from api.ccus import dispatcher
from api.ccus.http_gateway import HttpCcusGateway
from api.ccus.id_checks import check_tenant
from api.ccus.tasks import sweep
from api.config import Settings
from api.db import SessionMaker
from api.kit.crypto import cipher_from_setting
from api.models.attendance import WorkDay
from api.models.ccus_outbox import OutboxKind, OutboxRow, OutboxStatus
from api.models.ccus_status import CcusStatus
from tests.ccus.conftest import Pipeline
from tests.ccus.world import UNKNOWN_WORKER, attend, linked_world, make_due
from tests.fixtures.factories import bearer, create_tenant, create_user
from tests.fixtures.jobs import Fold, OrderedSink, job_context, tenant_units


async def _outbox(session: AsyncSession, tenant_id: object, kind: OutboxKind) -> list[OutboxRow]:
    statement = (
        select(OutboxRow)
        .where(OutboxRow.tenant_id == tenant_id, OutboxRow.kind == kind)
        .order_by(OutboxRow.created_at, OutboxRow.id)
        .execution_options(populate_existing=True)
    )
    return list((await session.execute(statement)).scalars())


async def _day(session: AsyncSession, tenant_id: object) -> WorkDay:
    statement = (
        select(WorkDay)
        .where(WorkDay.tenant_id == tenant_id)
        .execution_options(populate_existing=True)
    )
    return (await session.execute(statement)).scalar_one()


async def _stats(sandbox_admin: httpx.AsyncClient) -> dict[str, object]:
    return dict((await sandbox_admin.get("/admin/stats")).json())


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
        [row] = await _outbox(session, world.tenant.id, OutboxKind.work_day)
        assert row.status is OutboxStatus.pending
        assert row.scheduled_for > datetime.now(UTC)
        deps = pipeline(sessionmaker, ccus_settings)
        assert await dispatcher.dispatch(deps) == 0  # not due before the night

        await make_due(session, world.tenant.id)
        assert await dispatcher.dispatch(deps) >= 1
        [row] = await _outbox(session, world.tenant.id, OutboxKind.work_day)
        assert (row.status, row.attempts) == (OutboxStatus.awaiting_result, 1)
        assert await dispatcher.collect(deps) == 1
        [row] = await _outbox(session, world.tenant.id, OutboxKind.work_day)
        day = await _day(session, world.tenant.id)
        assert (row.status, day.ccus_status.value, day.ccus_error_code) == (
            OutboxStatus.succeeded,
            "synced",
            None,
        )
        structure = await _outbox(session, world.tenant.id, OutboxKind.structure)
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

        day = await _day(session, world.tenant.id)
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
        assert (await _day(session, world.tenant.id)).ccus_status.value == "synced"


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
        [row] = await _outbox(session, world.tenant.id, OutboxKind.work_day)
        assert (row.status, row.error_code, row.attempts) == (OutboxStatus.pending, "SYSA0001E", 1)
        assert row.scheduled_for > tried_at

        await sandbox_admin.put("/admin/faults", json={})
        await make_due(session, world.tenant.id)
        await dispatcher.dispatch(deps)
        await dispatcher.collect(deps)
        [row] = await _outbox(session, world.tenant.id, OutboxKind.work_day)
        assert (row.status, row.attempts) == (OutboxStatus.succeeded, 2)
        assert (await _stats(sandbox_admin))["keys_applied_twice"] == []

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
        [row] = await _outbox(session, world.tenant.id, OutboxKind.work_day)
        assert row.status is OutboxStatus.succeeded
        assert (await _stats(sandbox_admin))["keys_applied_twice"] == []

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
        before = (await _stats(sandbox_admin))["requests"]
        assert await dispatcher.dispatch(pipeline(sessionmaker, every_day)) == 0
        assert (await _stats(sandbox_admin))["requests"] == before
        [row] = await _outbox(session, world.tenant.id, OutboxKind.work_day)
        assert row.status is OutboxStatus.pending


class TestPendingSends:
    async def test_pending_sends_are_listed_and_can_be_cancelled_before_they_go(
        self,
        client: AsyncClient,
        fold: Fold,
        session: AsyncSession,
        ccus_settings: Settings,
        sandbox_admin: httpx.AsyncClient,
        pipeline: Pipeline,
    ) -> None:
        world = await linked_world(session, ccus_settings)
        await attend(client, world, "2026-11-17", fold, prefix="cancel-")
        headers = bearer(ccus_settings, await create_user(session, world.tenant))
        pending = (
            await client.get("/api/v1/ccus/reservations?kind=work_day", headers=headers)
        ).json()
        [entry] = pending["items"]
        assert (entry["site"]["ccus_id"], entry["work_date"]) == ("02139361740172", "2026-11-17")
        cancelled = await client.post(
            f"/api/v1/ccus/reservations/{entry['id']}/cancel", headers=headers
        )
        assert cancelled.json()["status"] == "cancelled"
        again = await client.post(
            f"/api/v1/ccus/reservations/{entry['id']}/cancel", headers=headers
        )
        assert (again.status_code, again.json()["code"]) == (409, "ccus.not_pending")
        stranger = bearer(
            ccus_settings, await create_user(session, await create_tenant(session, "別テナント"))
        )
        hidden = await client.post(f"/api/v1/ccus/outbox/{entry['id']}/resend", headers=stranger)
        assert hidden.status_code == 404


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
        before = (await _stats(sandbox_admin))["requests"]
        await dispatcher.dispatch(pipeline(sessionmaker, ccus_settings))
        after = dict((await _stats(sandbox_admin))["requests"])  # type: ignore[call-overload]
        assert after.get("work-histories") == dict(before).get("work-histories")  # type: ignore[call-overload]
        [row] = await _outbox(session, world.tenant.id, OutboxKind.work_day)
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
        [row] = await _outbox(session, world.tenant.id, OutboxKind.work_day)
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
        [row] = await _outbox(session, world.tenant.id, OutboxKind.work_day)
        assert row.status is OutboxStatus.pending
        # Sent at once after the commit, not left for the next minute's sweep.
        assert sent == ["ccus.dispatch"]
        await dispatcher.dispatch(deps)
        await dispatcher.collect(deps)
        assert (await _day(session, world.tenant.id)).ccus_status.value == "synced"


async def test_the_minute_sweep_finds_due_rows_without_any_wake_up_in_redis(
    client: AsyncClient,
    fold: Fold,
    session: AsyncSession,
    ccus_settings: Settings,
    sessionmaker: SessionMaker,
    redis: ArqRedis,
    sandbox_admin: httpx.AsyncClient,
) -> None:
    world = await linked_world(session, ccus_settings)
    await attend(client, world, "2026-11-12", fold, prefix="sweep-")
    await make_due(session, world.tenant.id)
    await redis.flushdb()  # Redis restarted: every queued wake-up is gone
    gateway_client = HttpCcusGateway.client_for(ccus_settings)
    try:
        ctx = {
            **job_context(ccus_settings, sessionmaker, redis),
            "ccus": HttpCcusGateway(gateway_client, ccus_settings),
        }
        first = await sweep(ctx)
        second = await sweep(ctx)
    finally:
        await gateway_client.aclose()
    assert first["sent"] >= 1
    assert first["collected"] + second["collected"] >= 1
    [row] = await _outbox(session, world.tenant.id, OutboxKind.work_day)
    assert row.status is OutboxStatus.succeeded


async def test_a_worker_difference_waiting_for_the_ccus_id_goes_out_once_the_id_is_entered(
    client: AsyncClient,
    fold: Fold,
    session: AsyncSession,
    ccus_settings: Settings,
    sessionmaker: SessionMaker,
    sandbox_admin: httpx.AsyncClient,
    pipeline: Pipeline,
) -> None:
    world = await linked_world(session, ccus_settings)
    world.worker.ccus_worker_id = None
    await session.flush()
    await attend(client, world, "2026-11-11", fold, prefix="waiting-")
    await make_due(session, world.tenant.id)
    deps = pipeline(sessionmaker, ccus_settings)
    await dispatcher.dispatch(deps)
    unsent = text("SELECT count(*) FROM structure_changes WHERE site_id = :s AND sent_at IS NULL")
    assert (await session.execute(unsent, {"s": world.site.id})).scalar_one() == 1

    headers = bearer(ccus_settings, await create_user(session, world.tenant))
    patched = await client.patch(
        f"/api/v1/workers/{world.worker.id}",
        json={"ccus_worker_id": "12345678901234"},
        headers=headers,
    )
    assert patched.status_code == 200, patched.text
    await make_due(session, world.tenant.id)
    await dispatcher.dispatch(deps)
    assert (await session.execute(unsent, {"s": world.site.id})).scalar_one() == 0
