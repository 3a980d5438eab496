from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
import pytest_asyncio
from sqlalchemy.ext.asyncio import AsyncSession

from api.ccus import dispatcher
from api.ccus.dispatcher import Pipeline as Deps
from api.ccus.http_gateway import HttpCcusGateway
from api.config import Settings
from api.db import SessionMaker
from api.kit.jobs import RUN_BY_CALLER
from tests.ccus.outbound import Outbound, Pipeline
from tests.ccus.respx_ccus import BASE
from tests.fixtures.jobs import Fold


@pytest_asyncio.fixture(loop_scope="session")
async def pipeline() -> AsyncIterator[Pipeline]:
    """The dispatcher's dependencies on the real sandbox; its HTTP clients are closed after the test."""
    clients: list[httpx.AsyncClient] = []

    def make(sessionmaker: SessionMaker, settings: Settings) -> Deps:
        client = HttpCcusGateway.client_for(settings)
        clients.append(client)
        gateway = HttpCcusGateway(client, settings)
        return dispatcher.pipeline(sessionmaker, gateway, settings, RUN_BY_CALLER)

    yield make
    for client in clients:
        await client.aclose()


@pytest.fixture
def outbound(
    client: httpx.AsyncClient,
    fold: Fold,
    session: AsyncSession,
    ccus_settings: Settings,
    sessionmaker: SessionMaker,
    sandbox_admin: httpx.AsyncClient,
    pipeline: Pipeline,
) -> Outbound:
    return Outbound(client, fold, session, ccus_settings, sessionmaker, sandbox_admin, pipeline)


@pytest_asyncio.fixture
async def ccus_http() -> AsyncIterator[httpx.AsyncClient]:
    """A client on the address respx answers for, for the gateway's unit tests."""
    async with httpx.AsyncClient(base_url=BASE, timeout=1) as client:
        yield client
