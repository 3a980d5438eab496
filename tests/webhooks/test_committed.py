"""Deliveries against committed data, as in production: nothing goes before the change commits,
and a real arq worker SIGKILLed in the middle of a delivery loses nothing."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from uuid import UUID

import httpx
import pytest_asyncio
from arq.connections import ArqRedis
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from api.config import Settings
from api.db import SessionMaker, create_sessionmaker, set_tenant, unit_of_work
from api.kit.crypto import cipher_from_setting
from api.kit.ids import uuid7
from api.kit.jobs import RUN_BY_CALLER
from api.models.tenant import Tenant
from api.models.webhook import DeliveryStatus, WebhookDelivery, WebhookEndpoint
from api.webhooks.delivery import deliver_due, secret_context
from api.webhooks.emit import DELIVER_TASK, emit
from api.webhooks.events import EventType, StructureData
from bench.worker_process import WorkerProcess
from tests.fixtures.factories import unique
from tests.fixtures.servers import ServerSet
from tests.webhooks.conftest import Receiver


@pytest_asyncio.fixture(loop_scope="session")
async def committed(
    migrated: ServerSet, settings: Settings, receiver: Receiver
) -> AsyncIterator[tuple[SessionMaker, UUID]]:
    """A committed tenant with an endpoint at the receiver; removed afterwards."""
    engine: AsyncEngine = create_async_engine(settings.database_url)
    sessionmaker = create_sessionmaker(engine)
    tenant_id = uuid7()
    cipher = cipher_from_setting(settings.encryption_keys.get_secret_value())
    async with unit_of_work(sessionmaker, RUN_BY_CALLER) as session:
        await set_tenant(session, tenant_id)
        session.add(Tenant(id=tenant_id, code=unique("wh"), name="通知建設"))
        await session.flush()
        endpoint = WebhookEndpoint(
            id=uuid7(),
            tenant_id=tenant_id,
            url=receiver.url,
            description="",
            event_types=[EventType.structure_changed.value],
            enabled=True,
        )
        endpoint.secret_ciphertext = cipher.encrypt("whsec_test", secret_context(endpoint))
        session.add(endpoint)
    yield sessionmaker, tenant_id
    await engine.dispose()
    superuser = await migrated.postgres.superuser_connection(migrated.roles.database)
    try:
        for table in ("webhook_deliveries", "webhook_events", "webhook_endpoints"):
            await superuser.execute(f"DELETE FROM {table} WHERE tenant_id = $1", tenant_id)
        await superuser.execute("DELETE FROM tenants WHERE id = $1", tenant_id)
    finally:
        await superuser.close()


async def _emit_committed(sessionmaker: SessionMaker, tenant_id: UUID) -> None:
    async with unit_of_work(sessionmaker, RUN_BY_CALLER) as session:
        await set_tenant(session, tenant_id)
        site_id = uuid7()
        await emit(
            session,
            tenant_id,
            EventType.structure_changed,
            [(site_id, StructureData(site_id=site_id))],
        )


async def _statuses(
    sessionmaker: SessionMaker, tenant_id: UUID
) -> list[tuple[DeliveryStatus, int]]:
    async with unit_of_work(sessionmaker, None) as session:
        await set_tenant(session, tenant_id)
        rows = await session.execute(
            select(WebhookDelivery.status, WebhookDelivery.attempts).where(
                WebhookDelivery.tenant_id == tenant_id
            )
        )
        return [(row.status, row.attempts) for row in rows]


async def test_nothing_is_delivered_before_the_change_commits(
    committed: tuple[SessionMaker, UUID], receiver: Receiver, settings: Settings
) -> None:
    sessionmaker, tenant_id = committed
    hook_settings = settings.model_copy(update={"webhook_allow_local_http": True})
    async with httpx.AsyncClient() as http:
        async with unit_of_work(sessionmaker, RUN_BY_CALLER) as session:
            await set_tenant(session, tenant_id)
            site_id = uuid7()
            await emit(
                session,
                tenant_id,
                EventType.structure_changed,
                [(site_id, StructureData(site_id=site_id))],
            )
            await session.flush()
            # The change and its event are written, not committed: a delivery run sees nothing.
            assert await deliver_due(sessionmaker, hook_settings, http, tenant_id) == 0
            assert receiver.received() == []
        assert await deliver_due(sessionmaker, hook_settings, http, tenant_id) == 1
    [request] = receiver.received()
    assert json.loads(request["body"])["data"]["site_id"] == str(site_id)


async def _until(condition: object, patience: float = 20.0) -> None:
    deadline = time.monotonic() + patience
    while True:
        value = condition() if callable(condition) else condition
        if asyncio.iscoroutine(value):
            value = await value
        if value:
            return
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.1)


async def test_a_worker_killed_mid_delivery_loses_nothing(
    committed: tuple[SessionMaker, UUID],
    receiver: Receiver,
    migrated: ServerSet,
    redis: ArqRedis,
    settings: Settings,
) -> None:
    sessionmaker, tenant_id = committed
    await _emit_committed(sessionmaker, tenant_id)
    receiver.script("hang")
    env = {"GENBA_WEBHOOK_ALLOW_LOCAL_HTTP": "true", "GENBA_WEBHOOK_LEASE_SECONDS": "1"}
    first = WorkerProcess(migrated, **env)
    first.start()
    try:
        await redis.enqueue_job(DELIVER_TASK, tenant_id, _job_id="first")
        await _until(lambda: len(receiver.received()) == 1)
    finally:
        first.kill()
    # Killed while the partner was answering: the delivery is still owed.
    assert await _statuses(sessionmaker, tenant_id) == [(DeliveryStatus.pending, 1)]

    # Any worker's next run, once the killed one's lease has run out, sends it again.
    await asyncio.sleep(1.0)
    hook_settings = settings.model_copy(update={"webhook_allow_local_http": True})
    async with httpx.AsyncClient() as http:
        assert await deliver_due(sessionmaker, hook_settings, http, tenant_id) == 1
    assert await _statuses(sessionmaker, tenant_id) == [(DeliveryStatus.succeeded, 2)]
    first_request, second_request = receiver.received()
    assert json.loads(first_request["body"])["id"] == json.loads(second_request["body"])["id"]
