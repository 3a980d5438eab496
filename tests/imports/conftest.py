from __future__ import annotations

import pytest
from arq.connections import ArqRedis
from httpx import AsyncClient

from api.config import Settings
from api.db import SessionMaker
from tests.imports.job_env import ImportEnv


@pytest.fixture
def env(
    client: AsyncClient, settings: Settings, sessionmaker: SessionMaker, redis: ArqRedis
) -> ImportEnv:
    """Runs the queued import jobs the way the worker does, and reads their results."""
    return ImportEnv(client, settings, sessionmaker, redis)
