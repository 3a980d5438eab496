"""Fix once, everything goes through: saving a corrected CCUS ID checks it at once, and its ○
sends again every record refused, held or not applicable for it — work days and 施工体制 alike —
without a 再送 per row."""

from __future__ import annotations

from uuid import UUID

from arq.connections import ArqRedis

from api.ccus import dispatcher
from api.ccus.id_checks import check_entity
from api.kit.crypto import cipher_from_setting
from api.models.ccus_outbox import OutboxKind, OutboxRow, OutboxStatus
from api.models.ccus_state import CcusState
from tests.ccus.outbound import Outbound
from tests.ccus.outbox_reads import outbox_rows, work_day_of
from tests.ccus.world import COMTEX, KAWAGOE, OISO, UNKNOWN_WORKER, World
from tests.fixtures.jobs import OrderedSink, tenant_units

UNKNOWN_BUSINESS = "99999999999999"


async def _fixed(
    outbound: Outbound, world: World, path: str, body: dict[str, str], redis: ArqRedis
) -> list[str]:
    """Staff save the correction; the check it queued runs as its job would. Answers the jobs
    the check's ○ woke."""
    saved = await outbound.client.patch(path, json=body, headers=await outbound.staff(world))
    assert (saved.status_code, saved.json()["ccus_recheck"]) == (200, "queued"), saved.text
    entity_id = UUID(saved.json()["id"])
    [job] = [job for job in await redis.queued_jobs() if job.function == "ccus.verify_entity"]
    kind = OutboxKind(job.args[1])
    assert (job.args[0], job.args[2]) == (world.tenant.id, entity_id)
    cipher = cipher_from_setting(outbound.settings.encryption_keys.get_secret_value())
    sent: list[str] = []
    units = tenant_units(outbound.sessionmaker, world.tenant.id, OrderedSink(sent))
    deps = outbound.deps()
    assert await check_entity(units, deps.gateway, cipher, world.tenant.id, kind, entity_id)
    return sent


async def _structure(outbound: Outbound, world: World) -> list[OutboxRow]:
    return await outbox_rows(outbound.session, world.tenant.id, OutboxKind.structure)


async def test_a_corrected_worker_id_is_checked_at_once_and_its_refused_day_goes_through(
    outbound: Outbound, redis: ArqRedis
) -> None:
    world = await outbound.due_day("2026-11-03", prefix="fix-worker-", worker_id=UNKNOWN_WORKER)
    deps = outbound.deps()
    await dispatcher.dispatch(deps)
    await dispatcher.collect(deps)
    [refused] = await outbound.work_days(world)
    assert (refused.status, refused.error_code) == (OutboxStatus.rejected, "DATK0408E")
    refused_id, refused_key = refused.id, refused.idempotency_key

    woken = await _fixed(
        outbound,
        world,
        f"/api/v1/workers/{world.worker.id}",
        {"ccus_worker_id": KAWAGOE},
        redis,
    )
    assert woken == ["ccus.dispatch"]
    [again] = await outbound.work_days(world)
    # The same row, now queued with a new key (CCUS answers a seen key with its refusal).
    assert (again.id, again.status) == (refused_id, OutboxStatus.pending)
    assert again.idempotency_key != refused_key
    await dispatcher.dispatch(deps)
    await dispatcher.collect(deps)
    [done] = await outbound.work_days(world)
    assert (done.id, done.status) == (refused_id, OutboxStatus.succeeded)
    day = await work_day_of(outbound.session, world.tenant.id)
    assert (day.ccus_state, day.ccus_error_code) == (CcusState.succeeded, None)


async def test_a_corrected_business_id_sends_its_refused_days_and_structure_again(
    outbound: Outbound, redis: ArqRedis
) -> None:
    world = await outbound.world()
    world.business.ccus_business_id = UNKNOWN_BUSINESS
    await outbound.session.flush()
    await outbound.attend(world, "2026-11-04", prefix="fix-business-")
    await outbound.due(world)
    deps = outbound.deps()
    await dispatcher.dispatch(deps)
    await dispatcher.collect(deps)
    [day_row] = await outbound.work_days(world)
    [structure_row] = await _structure(outbound, world)
    assert (day_row.status, day_row.error_code) == (OutboxStatus.rejected, "DATK0402E")
    assert (structure_row.status, structure_row.error_code) == (OutboxStatus.rejected, "DATK0402E")

    await _fixed(
        outbound,
        world,
        f"/api/v1/businesses/{world.business.id}",
        {"ccus_business_id": COMTEX},
        redis,
    )
    [structure_again] = await _structure(outbound, world)
    assert (structure_again.id, structure_again.status) == (structure_row.id, OutboxStatus.pending)
    await dispatcher.dispatch(deps)
    await dispatcher.collect(deps)
    assert [row.status for row in await outbound.work_days(world)] == [OutboxStatus.succeeded]
    assert [row.status for row in await _structure(outbound, world)] == [OutboxStatus.succeeded]
    # The refused differences went again under keys of their own, and CCUS took them.
    applied = (
        await outbound.sandbox.get(f"/admin/applications/structure:{OISO}:{COMTEX}:{KAWAGOE}")
    ).json()
    assert [key for key in applied["keys"] if key.endswith(":1")], applied


async def test_a_day_of_a_worker_without_an_id_is_not_applicable_until_the_id_is_saved(
    outbound: Outbound, redis: ArqRedis
) -> None:
    world = await outbound.world()
    world.worker.ccus_worker_id = None
    await outbound.session.flush()
    await outbound.attend(world, "2026-11-05", prefix="fix-na-")
    await outbound.due(world)
    deps = outbound.deps()
    await dispatcher.dispatch(deps)
    [row] = await outbound.work_days(world)
    assert (row.status, row.hold_code, row.error_code) == (
        OutboxStatus.not_applicable,
        "GENB0003E",
        None,
    )
    headers = await outbound.staff(world)
    calendar = await outbound.client.get(
        f"/api/v1/sites/{world.site.id}/calendar?month=2026-11", headers=headers
    )
    [worker] = calendar.json()["workers"]
    cell = worker["days"]["2026-11-05"]
    assert (cell["ccus_state"], cell["ccus_hold_code"]) == ("not_applicable", "GENB0003E")

    await _fixed(
        outbound, world, f"/api/v1/workers/{world.worker.id}", {"ccus_worker_id": KAWAGOE}, redis
    )
    await dispatcher.dispatch(deps)
    await dispatcher.collect(deps)
    [done] = await outbound.work_days(world)
    assert (done.id, done.status) == (row.id, OutboxStatus.succeeded)


async def test_days_made_before_the_site_had_its_site_id_go_once_it_is_saved(
    outbound: Outbound, redis: ArqRedis
) -> None:
    """Days on a site without a 現場ID are never queued (送信対象外); saving the 現場ID queues them."""
    world = await outbound.world()
    world.site.ccus_site_id = None
    await outbound.session.flush()
    await outbound.attend(world, "2026-11-07", prefix="fix-site-")
    day = await work_day_of(outbound.session, world.tenant.id)
    assert (day.ccus_state, day.ccus_hold_code) == (CcusState.not_applicable, "GENB0001E")
    assert await outbound.work_days(world) == []

    await _fixed(outbound, world, f"/api/v1/sites/{world.site.id}", {"ccus_site_id": OISO}, redis)
    deps = outbound.deps()
    await dispatcher.dispatch(deps)
    await dispatcher.collect(deps)
    assert [row.status for row in await outbound.work_days(world)] == [OutboxStatus.succeeded]
    day = await work_day_of(outbound.session, world.tenant.id)
    assert day.ccus_state is CcusState.succeeded
    # The 施工体制 the day made (its business and worker on the site) goes with it.
    assert [row.status for row in await _structure(outbound, world)] == [OutboxStatus.succeeded]
