from __future__ import annotations

import subprocess
import sys
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any
from uuid import UUID

import httpx
import pytest
import pytest_asyncio
from arq.connections import ArqRedis
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from api.config import Settings
from api.db import SessionMaker
from api.webhooks.delivery import deliver_due
from tests.fixtures.app import harness_app
from tests.fixtures.factories import (
    bearer,
    create_business,
    create_site,
    create_tenant,
    create_user,
    create_worker,
)
from tools.devstack.ephemeral import free_port


@dataclass
class Receiver:
    url: str

    def script(self, *actions: str) -> None:
        """The next answers, in order; also forgets what was received."""
        httpx.put(self.url, json=list(actions)).raise_for_status()

    def received(self) -> list[dict[str, Any]]:
        answer: list[dict[str, Any]] = httpx.get(self.url).json()
        return answer


@pytest.fixture(scope="session")
def receiver_process() -> Iterator[Receiver]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "tools.webhook_receiver", str(port)], stdout=subprocess.PIPE
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == b"ready"
        yield Receiver(f"http://127.0.0.1:{port}/hooks")
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()


@pytest.fixture
def receiver(receiver_process: Receiver) -> Receiver:
    receiver_process.script()
    return receiver_process


@pytest.fixture
def hook_settings(settings: Settings) -> Settings:
    """Local http allowed; retries and timeouts short enough for tests."""
    return settings.model_copy(
        update={
            "webhook_allow_local_http": True,
            "webhook_timeout_seconds": 0.5,
            "webhook_backoff_base_seconds": 0.0,
            "webhook_backoff_max_seconds": 0.0,
        }
    )


@pytest.fixture
def app(
    hook_settings: Settings, engine: AsyncEngine, sessionmaker: SessionMaker, redis: ArqRedis
) -> FastAPI:
    """The app with the webhook test settings (local http allowed)."""
    return harness_app(hook_settings, engine, sessionmaker, redis)


@dataclass
class Partner:
    """A tenant with an admin, a site and a worker, and an endpoint at the receiver."""

    tenant_id: UUID
    headers: dict[str, str]
    site_id: UUID
    worker_id: UUID
    endpoint_id: str
    secret: str


@pytest_asyncio.fixture(loop_scope="session")
async def partner(
    client: httpx.AsyncClient, session: AsyncSession, settings: Settings, receiver: Receiver
) -> Partner:
    tenant = await create_tenant(session)
    site = await create_site(session, tenant)
    worker = await create_worker(session, tenant, await create_business(session, tenant))
    headers = bearer(settings, await create_user(session, tenant))
    created = await client.post(
        "/api/v1/webhooks/endpoints",
        json={"url": receiver.url, "event_types": ["work_day.created", "work_day.changed"]},
        headers=headers,
    )
    assert created.status_code == 201, created.text
    body = created.json()
    return Partner(tenant.id, headers, site.id, worker.id, body["id"], body["secret"])


def deliverer(sessionmaker: SessionMaker, settings: Settings) -> Callable[[UUID], Awaitable[int]]:
    """One delivery round for a tenant, as the worker's job runs it."""

    async def run(tenant_id: UUID) -> int:
        async with httpx.AsyncClient() as http:
            return await deliver_due(sessionmaker, settings, http, tenant_id)

    return run
