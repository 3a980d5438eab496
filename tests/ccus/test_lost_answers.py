"""Exactly once through a lost answer: the real sandbox applies a work day, then its answer is
lost (the call times out, or the connection is reset). genba must retry with the same key, so
the sandbox answers the retry from its first result and the day is stored once."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.ccus import dispatcher
from api.ccus.repositories.outbox import OutboxRepository
from api.ccus.senders.structure import send_structure
from api.db import set_tenant, unit_of_work
from api.models.ccus_outbox import OutboxKind, OutboxRow, OutboxStatus
from api.models.structure import StructureChange
from tests.attendance.terminal_helpers import event
from tests.ccus.outbound import Outbound
from tests.ccus.outbox_reads import work_day_of
from tests.ccus.world import COMTEX, KAWAGOE, OISO
from tests.fixtures.factories import create_worker

VARIANTS = {"timeout": ("2026-11-10", "TIMEOUT"), "reset": ("2026-11-09", "UNREACHABLE")}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
async def test_a_record_applied_whose_answer_was_lost_is_retried_with_its_key_and_stored_once(
    variant: str, outbound: Outbound
) -> None:
    day, code = VARIANTS[variant]
    world = await outbound.due_day(day, prefix=f"lost-{variant}-")
    deps = outbound.deps(outbound.settings.model_copy(update={"ccus_timeout_seconds": 0.3}))
    sandbox_admin, session = outbound.sandbox, outbound.session
    natural_key = f"/admin/applications/work_day:{OISO}:{KAWAGOE}:{day}"

    # Every write is applied and its answer lost: both tries of this round (ccus_max_attempts 2).
    faults = {f"applied_then_{variant}_rate": 1.0, "timeout_seconds": 1}
    await sandbox_admin.put("/admin/faults", json=faults)
    await dispatcher.dispatch_once(deps)
    [row] = await outbound.work_days(world)
    key = row.idempotency_key
    assert (row.status, row.error_code, row.attempts) == (OutboxStatus.pending, code, 1)
    applied = (await sandbox_admin.get(natural_key)).json()
    assert (applied["applied"], applied["replayed"], applied["keys"]) == (1, 1, [key])
    lost = (await sandbox_admin.get("/admin/stats")).json()["answers_lost"]
    assert lost.get(variant, 0) >= 2

    # CCUS answers again: the outbox's retry is a replay and the day ends accepted, once.
    await sandbox_admin.put("/admin/faults", json={})
    await outbound.due(world)
    await dispatcher.dispatch(deps)
    await dispatcher.collect(deps)
    [row] = await outbound.work_days(world)
    assert (row.status, row.attempts, row.idempotency_key) == (OutboxStatus.succeeded, 2, key)
    assert (await work_day_of(session, world.tenant.id)).ccus_status.value == "synced"
    applied = (await sandbox_admin.get(natural_key)).json()
    assert (applied["applied"], applied["replayed"], applied["keys"]) == (1, 2, [key])
    stats = (await sandbox_admin.get("/admin/stats")).json()
    assert natural_key.rsplit("/", 1)[1] not in stats["records_applied_twice"]


async def test_structure_whose_answer_was_lost_and_that_changed_again_is_stored_once(
    outbound: Outbound,
) -> None:
    """The site's first differences are applied and the answer lost while a second worker comes
    on site: a newer outbox row replaces the one in flight and sends every difference CCUS did
    not confirm — the lost ones must go with the keys they went with, not the new row's."""
    world = await outbound.due_day("2026-11-08", prefix="lost-structure-")
    deps = outbound.deps()
    session, sessionmaker, sandbox_admin = outbound.session, outbound.sessionmaker, outbound.sandbox
    async with unit_of_work(sessionmaker, None) as claiming:
        [in_flight] = [
            row
            for row in await OutboxRepository(claiming).claim_due(datetime.now(UTC), 100)
            if row.kind is OutboxKind.structure
        ]
    first = {str(change) for change in await _changes(session, world.site.id)}

    newcomer = await create_worker(session, world.tenant, world.business)  # no CCUS ID yet
    arrival = event(
        "lost-structure-new-in", world.site.id, newcomer.id, "entry", "2026-11-08 09:00"
    )
    await outbound.client.post(
        "/api/v1/terminal/events", json={"events": [arrival]}, headers=world.gate
    )
    await outbound.fold(world.tenant.id)
    await sandbox_admin.put("/admin/faults", json={"applied_then_reset_rate": 1.0})
    async with unit_of_work(sessionmaker, None) as sending:
        await set_tenant(sending, world.tenant.id)
        await send_structure(sending, deps.gateway, outbound.settings, world.tenant.id, in_flight)
    await sandbox_admin.put("/admin/faults", json={})
    await outbound.due(world)
    await dispatcher.dispatch(deps)

    rows = await session.execute(
        select(OutboxRow.id, OutboxRow.status)
        .where(OutboxRow.tenant_id == world.tenant.id, OutboxRow.kind == OutboxKind.structure)
        .execution_options(populate_existing=True)
    )
    statuses = {row_id == in_flight.id: status for row_id, status in rows.all()}
    # The row in flight gave way to the newer one, which went out and was answered; the
    # newcomer's difference waits for its 技能者ID (CCUS would refuse it), so the row is held.
    assert statuses == {True: OutboxStatus.cancelled, False: OutboxStatus.held}
    for target in (f"{COMTEX}:", f"{COMTEX}:{KAWAGOE}"):
        applied = (await sandbox_admin.get(f"/admin/applications/structure:{OISO}:{target}")).json()
        ours = [key for key in applied["keys"] if key.rsplit(":", 1)[-1] in first]
        assert len(ours) == 1, applied


async def _changes(session: AsyncSession, site_id: object) -> list[object]:
    found = await session.execute(
        select(StructureChange.id).where(StructureChange.site_id == site_id)
    )
    return list(found.scalars())
