"""Exactly once through a lost answer: the real sandbox applies a work day, then its answer is
lost (the call times out, or the connection is reset). genba must retry with the same key, so
the sandbox answers the retry from its first result and the day is stored once."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest
from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.ccus import dispatcher
from api.ccus.repositories.outbox import OutboxRepository
from api.ccus.senders.structure import send_structure
from api.config import Settings
from api.db import SessionMaker, set_tenant, unit_of_work
from api.models.attendance import WorkDay
from api.models.ccus_outbox import OutboxKind, OutboxRow, OutboxStatus
from api.models.structure import StructureChange
from tests.attendance.terminal_helpers import event
from tests.ccus.conftest import Pipeline
from tests.ccus.world import COMTEX, KAWAGOE, OISO, attend, linked_world, make_due
from tests.fixtures.factories import create_worker
from tests.fixtures.jobs import Fold

VARIANTS = {"timeout": ("2026-11-10", "TIMEOUT"), "reset": ("2026-11-09", "UNREACHABLE")}


async def _row(session: AsyncSession, tenant_id: object) -> OutboxRow:
    statement = (
        select(OutboxRow)
        .where(OutboxRow.tenant_id == tenant_id, OutboxRow.kind == OutboxKind.work_day)
        .execution_options(populate_existing=True)
    )
    return (await session.execute(statement)).scalar_one()


@pytest.mark.parametrize("variant", sorted(VARIANTS))
async def test_a_record_applied_whose_answer_was_lost_is_retried_with_its_key_and_stored_once(
    variant: str,
    client: AsyncClient,
    fold: Fold,
    session: AsyncSession,
    ccus_settings: Settings,
    sessionmaker: SessionMaker,
    sandbox_admin: httpx.AsyncClient,
    pipeline: Pipeline,
) -> None:
    day, code = VARIANTS[variant]
    world = await linked_world(session, ccus_settings)
    await attend(client, world, day, fold, prefix=f"lost-{variant}-")
    await make_due(session, world.tenant.id)
    settings = ccus_settings.model_copy(update={"ccus_timeout_seconds": 0.3})
    deps = pipeline(sessionmaker, settings)
    natural_key = f"/admin/applications/work_day:{OISO}:{KAWAGOE}:{day}"

    # Every write is applied and its answer lost: both tries of this round (ccus_max_attempts 2).
    faults = {f"applied_then_{variant}_rate": 1.0, "timeout_seconds": 1}
    await sandbox_admin.put("/admin/faults", json=faults)
    await dispatcher.dispatch_once(deps)
    row = await _row(session, world.tenant.id)
    key = row.idempotency_key
    assert (row.status, row.error_code, row.attempts) == (OutboxStatus.pending, code, 1)
    applied = (await sandbox_admin.get(natural_key)).json()
    assert (applied["applied"], applied["replayed"], applied["keys"]) == (1, 1, [key])
    lost = (await sandbox_admin.get("/admin/stats")).json()["answers_lost"]
    assert lost.get(variant, 0) >= 2

    # CCUS answers again: the outbox's retry is a replay and the day ends accepted, once.
    await sandbox_admin.put("/admin/faults", json={})
    await make_due(session, world.tenant.id)
    await dispatcher.dispatch(deps)
    await dispatcher.collect(deps)
    row = await _row(session, world.tenant.id)
    assert (row.status, row.attempts, row.idempotency_key) == (OutboxStatus.succeeded, 2, key)
    work_day = (
        await session.execute(
            select(WorkDay)
            .where(WorkDay.tenant_id == world.tenant.id)
            .execution_options(populate_existing=True)
        )
    ).scalar_one()
    assert work_day.ccus_status.value == "synced"
    applied = (await sandbox_admin.get(natural_key)).json()
    assert (applied["applied"], applied["replayed"], applied["keys"]) == (1, 2, [key])
    stats = (await sandbox_admin.get("/admin/stats")).json()
    assert natural_key.rsplit("/", 1)[1] not in stats["records_applied_twice"]


async def test_structure_whose_answer_was_lost_and_that_changed_again_is_stored_once(
    client: AsyncClient,
    fold: Fold,
    session: AsyncSession,
    ccus_settings: Settings,
    sessionmaker: SessionMaker,
    sandbox_admin: httpx.AsyncClient,
    pipeline: Pipeline,
) -> None:
    """The site's first differences are applied and the answer lost while a second worker comes
    on site: a newer outbox row replaces the one in flight and sends every difference CCUS did
    not confirm — the lost ones must go with the keys they went with, not the new row's."""
    world = await linked_world(session, ccus_settings)
    await attend(client, world, "2026-11-08", fold, prefix="lost-structure-")
    await make_due(session, world.tenant.id)
    deps = pipeline(sessionmaker, ccus_settings)
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
    await client.post("/api/v1/terminal/events", json={"events": [arrival]}, headers=world.gate)
    await fold(world.tenant.id)
    await sandbox_admin.put("/admin/faults", json={"applied_then_reset_rate": 1.0})
    async with unit_of_work(sessionmaker, None) as sending:
        await set_tenant(sending, world.tenant.id)
        await send_structure(sending, deps.gateway, ccus_settings, world.tenant.id, in_flight)
    await sandbox_admin.put("/admin/faults", json={})
    await make_due(session, world.tenant.id)
    await dispatcher.dispatch(deps)

    rows = await session.execute(
        select(OutboxRow.id, OutboxRow.status)
        .where(OutboxRow.tenant_id == world.tenant.id, OutboxRow.kind == OutboxKind.structure)
        .execution_options(populate_existing=True)
    )
    statuses = {row_id == in_flight.id: status for row_id, status in rows.all()}
    # The row in flight gave way to the newer one, which went out and was answered.
    assert statuses == {True: OutboxStatus.cancelled, False: OutboxStatus.succeeded}
    for target in (f"{COMTEX}:", f"{COMTEX}:{KAWAGOE}"):
        applied = (await sandbox_admin.get(f"/admin/applications/structure:{OISO}:{target}")).json()
        ours = [key for key in applied["keys"] if key.rsplit(":", 1)[-1] in first]
        assert len(ours) == 1, applied


async def _changes(session: AsyncSession, site_id: object) -> list[object]:
    found = await session.execute(
        select(StructureChange.id).where(StructureChange.site_id == site_id)
    )
    return list(found.scalars())
