"""R9's three faults on a running cluster, each timed: an API process SIGKILLed (haproxy
routes around it; it is started again), an arq worker SIGKILLed (started again), and the
PostgreSQL primary's node SIGKILLed whole, keeper and postgres, so pg_auto_failover promotes
the secondary; the old primary's keeper is then started again and rejoins as a secondary."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

import asyncpg

from tools.cluster.cluster import Cluster


@dataclass
class FaultLog:
    """When each fault landed (monotonic seconds) and what it took to recover."""

    landed: dict[str, float] = field(default_factory=dict)
    recovered: dict[str, float] = field(default_factory=dict)
    promotions: list[str] = field(default_factory=list)
    # The primary's synchronous_standby_names when it was killed: acknowledged ⇒ on the standby.
    synchronous_at_kill: list[str] = field(default_factory=list)


async def kill_api(cluster: Cluster, log: FaultLog, name: str) -> None:
    api = cluster.apis[0]
    log.landed[name] = time.monotonic()
    api.kill()
    await asyncio.to_thread(api.start)
    log.recovered[name] = time.monotonic()


async def kill_worker(cluster: Cluster, log: FaultLog, name: str) -> None:
    worker = cluster.workers[0]
    log.landed[name] = time.monotonic()
    worker.kill()
    await asyncio.to_thread(worker.start)
    log.recovered[name] = time.monotonic()


async def kill_primary(cluster: Cluster, log: FaultLog, name: str, patience: float) -> None:
    formation = cluster.formation
    old = await formation.primary()
    log.synchronous_at_kill.append(await _synchronous_standby_names(old.dsn))
    log.landed[name] = time.monotonic()
    old.kill()
    deadline = time.monotonic() + patience
    while True:
        try:
            new = await formation.primary()
            if new is not old and await _takes_writes(new.dsn):
                break
        except (OSError, RuntimeError, asyncpg.PostgresError):
            pass
        if time.monotonic() > deadline:
            raise TimeoutError(f"no secondary was promoted within {patience:.0f} s")
        await asyncio.sleep(0.2)
    log.recovered[name] = time.monotonic()
    log.promotions.append(f"{old.name} → {new.name}")
    formation.restart(old)


async def _synchronous_standby_names(dsn: str) -> str:
    connection = await asyncpg.connect(dsn, timeout=3)
    try:
        return str(await connection.fetchval("SHOW synchronous_standby_names"))
    finally:
        await connection.close()


async def _takes_writes(dsn: str) -> bool:
    """Promoted and out of pg_auto_failover's stop_replication step: a write commits."""
    connection = await asyncpg.connect(dsn, timeout=2)
    try:
        if await connection.fetchval("SELECT pg_is_in_recovery()"):
            return False
        await asyncio.wait_for(connection.execute("SELECT txid_current()"), timeout=2)
        return True
    except TimeoutError:
        return False
    finally:
        await connection.close(timeout=2)
