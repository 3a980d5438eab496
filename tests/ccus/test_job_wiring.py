"""Every path of the CCUS pipeline that wakes a job does it through its unit of work's sink,
after the commit: a wake-up sent before it could run on data not yet there, one without a sink
was lost until the next minute's sweep."""

from __future__ import annotations

import httpx
from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from api.ccus import dispatcher
from api.ccus.http_gateway import HttpCcusGateway
from api.config import Settings
from api.db import SessionMaker
from api.models.ccus_outbox import OutboxKind, OutboxRow, OutboxStatus
from api.models.ccus_status import CcusStatus
from tests.ccus.world import attend, linked_world, make_due, sealed
from tests.fixtures.factories import bearer, create_user
from tests.fixtures.jobs import (
    Fold,
    OrderedSink,
    recording_transactions,
    sent_outside_a_transaction,
)


async def _work_day_rows(session: AsyncSession, tenant_id: object) -> list[OutboxRow]:
    statement = (
        select(OutboxRow)
        .where(OutboxRow.tenant_id == tenant_id, OutboxRow.kind == OutboxKind.work_day)
        .execution_options(populate_existing=True)
    )
    return list((await session.execute(statement)).scalars())


async def _dispatch(connection: AsyncConnection, settings: Settings, log: list[str]) -> None:
    sessionmaker: SessionMaker = recording_transactions(connection, log)
    async with HttpCcusGateway.client_for(settings) as client:
        gateway = HttpCcusGateway(client, settings)
        await dispatcher.dispatch(
            dispatcher.pipeline(sessionmaker, gateway, settings, OrderedSink(log))
        )


async def test_sent_work_days_wake_the_result_collection_after_their_commit(
    client: AsyncClient,
    fold: Fold,
    connection: AsyncConnection,
    session: AsyncSession,
    ccus_settings: Settings,
    sandbox_admin: httpx.AsyncClient,
) -> None:
    world = await linked_world(session, ccus_settings)
    await attend(client, world, "2026-11-17", fold, prefix="wiring-")
    await make_due(session, world.tenant.id)
    log: list[str] = []
    await _dispatch(connection, ccus_settings, log)
    [row] = await _work_day_rows(session, world.tenant.id)
    assert row.status is OutboxStatus.awaiting_result
    assert sent_outside_a_transaction(log, "ccus.collect"), log


async def test_days_released_by_an_entitys_send_are_dispatched_after_its_commit(
    client: AsyncClient,
    fold: Fold,
    connection: AsyncConnection,
    session: AsyncSession,
    ccus_settings: Settings,
    sandbox_admin: httpx.AsyncClient,
) -> None:
    world = await linked_world(session, ccus_settings)
    wrong = sealed(ccus_settings, "9999", "businesses", world.business)
    world.business.verification_number_encrypted = wrong
    world.business.ccus_status = CcusStatus.failed
    world.business.ccus_error_code = "DATF0001E"
    await session.flush()
    await attend(client, world, "2026-11-18", fold, prefix="released-")
    await make_due(session, world.tenant.id)
    await _dispatch(connection, ccus_settings, [])
    [held] = await _work_day_rows(session, world.tenant.id)
    assert held.status is OutboxStatus.held

    # Staff save the business with its right 本人確認番号: the business goes to CCUS in the
    # dispatcher's own transaction, and its ○ releases the held day.
    headers = bearer(ccus_settings, await create_user(session, world.tenant))
    saved = await client.patch(
        f"/api/v1/businesses/{world.business.id}",
        json={"verification_number": "1234"},
        headers=headers,
    )
    assert saved.status_code == 200, saved.text
    await make_due(session, world.tenant.id)
    log: list[str] = []
    await _dispatch(connection, ccus_settings, log)
    [released] = await _work_day_rows(session, world.tenant.id)
    assert released.status is not OutboxStatus.held
    assert sent_outside_a_transaction(log, "ccus.dispatch"), log
