"""The arq worker in its own process, as `make run` starts it: it folds terminal events into
work days, so a measurement or a fault suite that needs work days needs it running."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from uuid import UUID

import redis
from arq.constants import default_queue_name, health_check_key_suffix
from sqlalchemy import func, select

from api.db import SessionMaker, set_tenant, unit_of_work
from api.models.attendance import AttendanceEvent, waiting_to_fold
from tools.devstack.ephemeral import ServerSet
from tools.devstack.processes import spawn

HEALTH_KEY = default_queue_name + health_check_key_suffix


class WorkerProcess:
    def __init__(self, server_set: ServerSet, **settings: str) -> None:
        """`settings` are further environment variables, e.g. GENBA_CCUS_BASE_URL."""
        self.env = {
            **os.environ,
            "GENBA_ENV": "testing",
            "GENBA_DATABASE_URL": server_set.app_url,
            "GENBA_REDIS_URL": server_set.redis.url,
            "GENBA_LOG_LEVEL": "ERROR",
            **settings,
        }
        self.redis_url = server_set.redis.url
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        """Start, and return once the worker polls its queue (it reports its health then)."""
        health = redis.Redis.from_url(self.redis_url)
        try:
            health.delete(HEALTH_KEY)
            self.process = spawn(
                [sys.executable, "-m", "arq", "api.worker.WorkerSettings"], env=self.env
            )
            deadline = time.monotonic() + 30
            while not health.exists(HEALTH_KEY):
                if time.monotonic() > deadline or self.process.poll() is not None:
                    raise RuntimeError("the worker did not start")
                time.sleep(0.1)
        finally:
            health.close()

    def kill(self) -> None:
        """SIGKILL: whatever it was folding is rolled back and left for the next fold."""
        if self.process is not None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait()

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)


@contextmanager
def running_worker(server_set: ServerSet) -> Iterator[WorkerProcess]:
    worker = WorkerProcess(server_set)
    worker.start()
    try:
        yield worker
    finally:
        worker.stop()


async def waiting_events(sessionmaker: SessionMaker, tenant_id: UUID) -> int:
    async with unit_of_work(sessionmaker, None) as session:
        await set_tenant(session, tenant_id)
        count = await session.scalar(
            select(func.count()).select_from(AttendanceEvent).where(waiting_to_fold(tenant_id))
        )
    return int(count or 0)


async def until_folded(sessionmaker: SessionMaker, tenant_id: UUID, patience: float) -> float:
    """Wait until no accepted event waits for its work day; returns the seconds waited."""
    started = time.perf_counter()
    while await waiting_events(sessionmaker, tenant_id):
        if time.perf_counter() - started > patience:
            raise RuntimeError(f"events still waiting for the fold after {patience:.0f} s")
        await asyncio.sleep(0.05)
    return time.perf_counter() - started
