"""R1's three faults, each landing after a short delay while a batch or a fold is in flight:
the API SIGKILLed and started again, PostgreSQL restarted, the folding worker SIGKILLed and
started again. `FaultTurns` rotates through them at fixed points of a run."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Coroutine
from typing import Any

from bench.worker_process import WorkerProcess
from reliability.killable_api import Api
from tools.devstack.ephemeral import ServerSet


async def _kill_api(api: Api, delay: float) -> None:
    await asyncio.sleep(delay)  # lands while a batch is in flight
    api.kill()
    await asyncio.to_thread(api.start)


async def _restart_postgres(server_set: ServerSet, delay: float) -> None:
    await asyncio.sleep(delay)
    await asyncio.to_thread(server_set.postgres.restart)


async def _kill_worker(worker: WorkerProcess, delay: float) -> None:
    await asyncio.sleep(delay)  # lands while a fold is running or about to
    worker.kill()
    await asyncio.to_thread(worker.start)


class FaultTurns:
    """Two faults of each kind in a long run, every `every` batches, in turn."""

    def __init__(
        self, batches: int, api: Api, server_set: ServerSet, worker: WorkerProcess
    ) -> None:
        self.every = max(3, min(batches // 6, 150))
        self.api, self.server_set, self.worker = api, server_set, worker
        self.counts = {"api_kills": 0, "postgres_restarts": 0, "worker_kills": 0}

    def at(self, number: int) -> Coroutine[Any, Any, None] | None:
        """The fault to start before sending batch `number`, if one is due."""
        if number % self.every:
            return None
        turn = (number // self.every - 1) % 3
        if turn == 0:
            self.counts["api_kills"] += 1
            return _kill_api(self.api, random.uniform(0.0, 0.05))
        if turn == 1:
            self.counts["postgres_restarts"] += 1
            return _restart_postgres(self.server_set, random.uniform(0.0, 0.05))
        self.counts["worker_kills"] += 1
        return _kill_worker(self.worker, random.uniform(0.0, 0.3))
