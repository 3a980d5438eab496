"""Exactly once through a lost answer: the real sandbox applies a work day, then its answer is
lost (the call times out, or the connection is reset). genba must retry with the same key, so
the sandbox answers the retry from its first result and the day is stored once."""

from __future__ import annotations

import httpx
import pytest
from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.db import SessionMaker
from api.models.attendance import WorkDay
from api.models.ccus_outbox import OutboxKind, OutboxRow, OutboxStatus
from tests.ccus.conftest import Pipeline
from tests.ccus.world import KAWAGOE, OISO, attend, linked_world, make_due
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
    dispatcher = pipeline(sessionmaker, settings)
    natural_key = f"/admin/applications/work_day:{OISO}:{KAWAGOE}:{day}"

    # Every write is applied and its answer lost: both tries of this round (ccus_max_attempts 2).
    faults = {f"applied_then_{variant}_rate": 1.0, "timeout_seconds": 1}
    await sandbox_admin.put("/admin/faults", json=faults)
    await dispatcher.dispatch_once()
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
    await dispatcher.dispatch()
    await dispatcher.collect()
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
