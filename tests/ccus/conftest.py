from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import httpx
import pytest_asyncio

from api.ccus import dispatcher
from api.ccus.dispatcher import Pipeline as Deps
from api.ccus.http_gateway import HttpCcusGateway
from api.config import Settings
from api.db import SessionMaker
from api.kit.jobs import RUN_BY_CALLER

Pipeline = Callable[[SessionMaker, Settings], Deps]


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
