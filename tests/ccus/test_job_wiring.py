"""Every path of the CCUS pipeline that wakes a job does it through its unit of work's sink,
after the commit: a wake-up sent before it could run on data not yet there, one without a sink
was lost until the next minute's sweep."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncConnection

from api.ccus import dispatcher
from api.ccus.http_gateway import HttpCcusGateway
from api.config import Settings
from api.db import SessionMaker
from api.models.ccus_outbox import OutboxStatus
from api.models.ccus_status import CcusStatus
from tests.ccus.outbound import Outbound
from tests.ccus.world import COMTEX
from tests.fixtures.jobs import (
    OrderedSink,
    recording_transactions,
    sent_outside_a_transaction,
)


async def _dispatch(connection: AsyncConnection, settings: Settings, log: list[str]) -> None:
    sessionmaker: SessionMaker = recording_transactions(connection, log)
    async with HttpCcusGateway.client_for(settings) as client:
        gateway = HttpCcusGateway(client, settings)
        await dispatcher.dispatch(
            dispatcher.pipeline(sessionmaker, gateway, settings, OrderedSink(log))
        )


async def test_sent_work_days_wake_the_result_collection_after_their_commit(
    outbound: Outbound, connection: AsyncConnection
) -> None:
    world = await outbound.due_day("2026-11-17", prefix="wiring-")
    log: list[str] = []
    await _dispatch(connection, outbound.settings, log)
    [row] = await outbound.work_days(world)
    assert row.status is OutboxStatus.awaiting_result
    assert sent_outside_a_transaction(log, "ccus.collect"), log


async def test_days_released_by_an_entitys_send_are_dispatched_after_its_commit(
    outbound: Outbound, connection: AsyncConnection
) -> None:
    world = await outbound.world()
    world.business.ccus_business_id = None
    world.business.ccus_status = CcusStatus.not_linked
    await outbound.session.flush()
    await outbound.attend(world, "2026-11-18", prefix="released-")
    await outbound.due(world)
    await _dispatch(connection, outbound.settings, [])
    [held] = await outbound.work_days(world)
    assert held.status is OutboxStatus.held

    # Staff save the business's 事業者ID: the business goes to CCUS in the dispatcher's own
    # transaction, and its ○ releases the held day.
    headers = await outbound.staff(world)
    saved = await outbound.client.patch(
        f"/api/v1/businesses/{world.business.id}",
        json={"ccus_business_id": COMTEX},
        headers=headers,
    )
    assert saved.status_code == 200, saved.text
    await outbound.due(world)
    log: list[str] = []
    await _dispatch(connection, outbound.settings, log)
    [released] = await outbound.work_days(world)
    assert released.status is not OutboxStatus.held
    assert sent_outside_a_transaction(log, "ccus.dispatch"), log
