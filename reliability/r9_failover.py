"""R9: failover. A terminal fleet posts continuously through haproxy to two API processes
while an API process is SIGKILLed, a worker is SIGKILLed and the PostgreSQL primary is killed
and its secondary promoted by pg_auto_failover. Verdict: every acknowledged event is stored
exactly once and its work day exists exactly once (0 lost, 0 duplicated), no answer was a 500,
and the write outage of each fault is measured: the longest time no batch was acknowledged."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import text

from api.attendance.days import work_date_of
from api.db import set_tenant, unit_of_work
from bench.cluster_stack import cluster_stack
from bench.event_batches import make_events
from bench.harness import Stack
from bench.setup import World, build_world
from bench.worker_process import until_folded
from reliability import r9_faults
from reliability.r9_fleet import FleetLog, run_fleet
from tools.cluster.cluster import Cluster
from tools.cluster.shape import ClusterShape

BATCH = 50
SHAPE = ClusterShape(apis=2, workers=2, sandbox=False, demo=False, durable=False)


async def _faults(cluster: Cluster, log: r9_faults.FaultLog, rounds: int, pause: float) -> None:
    kinds: list[tuple[str, Callable[[str], Awaitable[None]]]] = [
        ("api_kill", lambda name: r9_faults.kill_api(cluster, log, name)),
        ("worker_kill", lambda name: r9_faults.kill_worker(cluster, log, name)),
        ("primary_kill", lambda name: r9_faults.kill_primary(cluster, log, name, 120)),
    ]
    for number in range(1, rounds + 1):
        if number > 1:
            # The old primary must be a streaming secondary again before it can take over.
            await cluster.formation.until_healthy(patience=180)
        for kind, fault in kinds:
            await asyncio.sleep(pause)
            await fault(f"{kind}_{number}")
    await asyncio.sleep(pause)


async def run_suite(cluster: Cluster, rounds: int, terminals: int) -> dict[str, Any]:
    primary = await cluster.formation.primary()
    stack = cluster_stack(cluster, primary.port)
    try:
        world: World = await build_world(stack, sites=10, workers=500)
        start = datetime.now(UTC).replace(hour=0, minute=0, second=0) - timedelta(days=200)
        events = make_events(world, 200_000, start, "r9")
        batches = [events[i : i + BATCH] for i in range(0, len(events), BATCH)]
        faults = r9_faults.FaultLog()
        stop = asyncio.Event()
        fleet = asyncio.create_task(
            run_fleet(cluster.haproxy.url, world.terminal_key, batches, terminals, stop)
        )
        began = time.monotonic()
        try:
            await _faults(cluster, faults, rounds, pause=4.0)
        finally:
            stop.set()
            log = await fleet
        ended = time.monotonic()
        folded_in = await until_folded(stack.sessionmaker, world.tenant_id, patience=150)
        verdict = await _verdict(stack, world, log)
    finally:
        await stack.engine.dispose()
    return {
        **verdict,
        "seconds": round(ended - began, 1),
        "answers": dict(log.answers),
        "outage_seconds": _outages(log, faults, ended),
        "promoted": faults.promotions,
        "synchronous_at_kill": faults.synchronous_at_kill,
        # From the kill to a promoted node committing a write (the monitor's own view).
        "promotion_seconds": {
            name: round(faults.recovered[name] - at, 2)
            for name, at in faults.landed.items()
            if name.startswith("primary_kill") and name in faults.recovered
        },
        "fold_after_fleet_seconds": round(folded_in, 1),
    }


def _outages(log: FleetLog, faults: r9_faults.FaultLog, ended: float) -> dict[str, float]:
    """Per fault, the longest stretch without an acknowledged batch until the next fault."""
    landed = sorted(faults.landed.items(), key=lambda item: item[1])
    outages = {}
    for index, (name, at) in enumerate(landed):
        until = landed[index + 1][1] if index + 1 < len(landed) else ended
        outages[name] = round(log.longest_gap(at, until), 2)
    return outages


async def _verdict(stack: Stack, world: World, log: FleetLog) -> dict[str, Any]:
    acked_ids = [event["event_id"] for event in log.acknowledged]
    expected = {
        (
            event["site_id"],
            event["worker_id"],
            work_date_of(datetime.fromisoformat(event["occurred_at"]), 0).isoformat(),
        )
        for event in log.acknowledged
    }
    async with unit_of_work(stack.sessionmaker, None) as session:
        await set_tenant(session, world.tenant_id)
        stored = (
            await session.execute(
                text(
                    "SELECT event_id, count(*) FROM attendance_events WHERE tenant_id = :t"
                    " GROUP BY event_id"
                ),
                {"t": world.tenant_id},
            )
        ).all()
        days = (
            await session.execute(
                text(
                    "SELECT site_id::text, worker_id::text, work_date::text, count(*)"
                    " FROM work_days WHERE tenant_id = :t GROUP BY 1, 2, 3"
                ),
                {"t": world.tenant_id},
            )
        ).all()
    stored_ids = {row[0] for row in stored}
    found = {(row[0], row[1], row[2]) for row in days}
    return {
        "acknowledged_events": len(acked_ids),
        "acknowledged_twice": len(acked_ids) - len(set(acked_ids)),
        "events_lost": len(set(acked_ids) - stored_ids),
        "events_duplicated": sum(1 for row in stored if row[1] > 1),
        "rejected": len(log.rejected),
        "expected_days": len(expected),
        "days_lost": len(expected - found),
        "days_duplicated": sum(1 for row in days if row[3] > 1),
        "days_unexpected": len(found - expected),
    }


def passed(result: dict[str, Any], rounds: int) -> bool:
    zero = (
        "acknowledged_twice", "events_lost", "events_duplicated", "rejected",
        "days_lost", "days_duplicated", "days_unexpected",
    )  # fmt: skip
    return (
        all(result[name] == 0 for name in zero)
        and result["acknowledged_events"] > 0
        and result["answers"].get("500", 0) == 0
        and len(result["outage_seconds"]) == 3 * rounds
        and len(result["promoted"]) == rounds
        # Killed while synchronous: "acknowledged" meant "on the standby too".
        and len(result["synchronous_at_kill"]) == rounds
        and all(names.strip("' ") for names in result["synchronous_at_kill"])
    )


def main(rounds: int, terminals: int = 6) -> dict[str, Any]:
    cluster = Cluster(SHAPE)
    try:
        cluster.start()
        return asyncio.run(run_suite(cluster, rounds, terminals))
    finally:
        cluster.stop()
