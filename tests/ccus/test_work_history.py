"""Work histories through the outbox and the real sandbox process, results written back."""

from __future__ import annotations

from datetime import UTC, datetime

from api.ccus import dispatcher
from api.models.ccus_outbox import OutboxKind, OutboxStatus
from tests.ccus.outbound import Outbound
from tests.ccus.outbox_reads import outbox_rows, work_day_of
from tests.ccus.world import UNKNOWN_WORKER


class TestWorkHistory:
    async def test_a_work_day_waits_for_the_night_then_goes_out_and_comes_back_synced(
        self, outbound: Outbound
    ) -> None:
        world = await outbound.world()
        await outbound.attend(world, "2026-11-24")
        [row] = await outbound.work_days(world)
        assert row.status is OutboxStatus.pending
        assert row.scheduled_for > datetime.now(UTC)
        deps = outbound.deps()
        assert await dispatcher.dispatch(deps) == 0  # not due before the night

        await outbound.due(world)
        assert await dispatcher.dispatch(deps) >= 1
        [row] = await outbound.work_days(world)
        assert (row.status, row.attempts) == (OutboxStatus.awaiting_result, 1)
        assert await dispatcher.collect(deps) == 1
        [row] = await outbound.work_days(world)
        day = await work_day_of(outbound.session, world.tenant.id)
        assert (row.status, day.ccus_status.value, day.ccus_error_code) == (
            OutboxStatus.succeeded,
            "synced",
            None,
        )
        structure = await outbox_rows(outbound.session, world.tenant.id, OutboxKind.structure)
        assert [entry.status for entry in structure] == [OutboxStatus.succeeded]

    async def test_an_unknown_worker_id_comes_back_as_datk0408e_with_what_to_fix(
        self, outbound: Outbound
    ) -> None:
        world = await outbound.due_day("2026-11-03", worker_id=UNKNOWN_WORKER)
        deps = outbound.deps()
        await dispatcher.dispatch(deps)
        await dispatcher.collect(deps)

        day = await work_day_of(outbound.session, world.tenant.id)
        assert (day.ccus_status.value, day.ccus_error_code) == ("failed", "DATK0408E")
        assert (day.ccus_state.value, day.ccus_hold_code) == ("rejected", None)
        assert day.ccus_error_message == (
            "就業履歴情報の登録に失敗しました。エラー発生箇所：ユーザID:19869311056822、現場ID:02139361740172、"
            "技能者ID:12304567891234、技能者IDに紐付く技能者情報が存在しません。"
        )
        headers = await outbound.staff(world)
        failures = (
            await outbound.client.get(
                "/api/v1/ccus/results/failures?kind=work_day", headers=headers
            )
        ).json()
        [failure] = failures["items"]
        assert (failure["error_code"], failure["worker"]["ccus_id"], failure["work_date"]) == (
            "DATK0408E",
            UNKNOWN_WORKER,
            "2026-11-03",
        )
        assert "技能者ID" in failure["advice"]
        assert (failure["status"], failure["hold_code"]) == ("rejected", None)
        counts = (await outbound.client.get("/api/v1/ccus/results", headers=headers)).json()
        assert counts[0]["kinds"]["work_day"] == {
            "processed": 1,
            "succeeded": 0,
            "failed": 1,
            "held": 0,
        }

        # The worker registers in CCUS; staff resend; it goes through.
        await outbound.sandbox.put(
            f"/admin/entities/worker/{UNKNOWN_WORKER}",
            json={"name": "水本 林男", "verification_number": "4826"},
        )
        resent = await outbound.client.post(
            f"/api/v1/ccus/outbox/{failure['id']}/resend", headers=headers
        )
        assert resent.status_code == 201, resent.text
        await dispatcher.dispatch(deps)
        await dispatcher.collect(deps)
        assert (await work_day_of(outbound.session, world.tenant.id)).ccus_status.value == "synced"
