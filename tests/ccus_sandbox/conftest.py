"""The sandbox app in process, behind an httpx client, for the sandbox tests."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest_asyncio

from ccus_sandbox.app import create_app
from ccus_sandbox.settings import Faults, SandboxSettings


@pytest_asyncio.fixture
async def sandbox() -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(SandboxSettings(result_delay_seconds=0, random_seed=1), Faults())
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://ccus.test") as client:
        yield client
