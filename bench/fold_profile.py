"""`python -m bench.fold_profile [--explain]`: where the fold's time goes, per statement.

P1's events (the same world and shapes) are stored as accepted, then folded chunk by chunk by
`fold_received` in this process, as the worker does. Printed per phase (a site's first days,
when site workers are new; settled days, when they exist): each statement's milliseconds per
5,000 events, and CPU microseconds per event of this process (the worker's Python) and of its
PostgreSQL backend. CPU figures hold on a shared machine where wall-clock throughput does not.
`--explain` logs every statement's plan with its triggers' times (auto_explain, foreign-key
checks included) to the PostgreSQL log, whose path is printed."""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from uuid import UUID

import asyncpg
from pyinstrument import Profiler
from sqlalchemy import event, text

from api.attendance.fold import CHUNK, fold_received
from api.db import set_tenant, unit_of_work
from bench.event_batches import days_ago, make_events
from bench.harness import Stack, servers, stack
from bench.raw_insert import raw_insert
from bench.setup import World, build_world

PLANS_PATH = Path(__file__).parent / "results" / "fold-plans.log"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
EXPLAIN_SETTINGS = {
    "session_preload_libraries": "'auto_explain'",
    "auto_explain.log_min_duration": "0",
    "auto_explain.log_analyze": "on",
    "auto_explain.log_buffers": "on",
    "auto_explain.log_triggers": "on",
    "auto_explain.log_nested_statements": "on",
}


def _cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def _label(statement: str) -> str:
    words = " ".join(statement.split())
    if "SKIP LOCKED" in words:
        return "claim attendance_events"
    for keyword in ("INSERT INTO ", "UPDATE ", "FROM "):
        if keyword in words:
            target = words.split(keyword, 1)[1].split(" ", 1)[0]
            return f"{keyword.split()[0].lower()} {target}"[:48]
    return words[:48]


class StatementClock:
    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self._started: dict[int, float] = {}

    def before(self, conn: Any, cursor: Any, statement: str, *_: Any) -> None:
        self._started[id(cursor)] = time.perf_counter()

    def after(self, conn: Any, cursor: Any, statement: str, *_: Any) -> None:
        label = _label(statement)
        self.seconds[label] += time.perf_counter() - self._started.pop(id(cursor))
        self.calls[label] += 1

    def reset(self) -> None:
        self.seconds.clear()
        self.calls.clear()


async def _fold_all(running: Stack, tenant_id: UUID) -> tuple[int, float, list[Chunk]]:
    """Fold until nothing waits; (events, wall seconds, each chunk's CPU figures)."""
    total, chunks = 0, []
    wall = time.perf_counter()
    while True:
        async with unit_of_work(running.sessionmaker, None) as session:
            await set_tenant(session, tenant_id)
            pid = (await session.execute(text("SELECT pg_backend_pid()"))).scalar_one()
            backend, own = _cpu_seconds(pid), time.process_time()
            taken = await fold_received(session, running.settings, tenant_id, CHUNK)
            await session.commit()
            if taken:
                chunks.append(Chunk(taken, time.process_time() - own, _cpu_seconds(pid) - backend))
        total += taken
        if taken < CHUNK:
            break
    return total, time.perf_counter() - wall, chunks


@dataclass(frozen=True)
class Chunk:
    events: int
    python: float
    backend: float

    def per_event(self) -> tuple[float, float]:
        """CPU µs per event: (worker python, PostgreSQL backend)."""
        return self.python / self.events * 1e6, self.backend / self.events * 1e6


async def _phase(
    running: Stack, world: World, clock: StatementClock, name: str, start: datetime, count: int
) -> list[Chunk]:
    await raw_insert(running, world.tenant_id, make_events(world, count, start, name))
    clock.reset()
    events, wall, chunks = await _fold_all(running, world.tenant_id)
    per_chunk = CHUNK / max(events, 1) * 1000
    python = sum(chunk.python for chunk in chunks) / events * 1e6
    backend = sum(chunk.backend for chunk in chunks) / events * 1e6
    print(f"\n{name}: {events:,} events folded in {wall:.2f} s ({events / wall:,.0f}/s)")
    print(f"  CPU µs/event: worker python {python:.1f}, PostgreSQL backend {backend:.1f}")
    print("  ms per 5,000 events  calls  statement")
    for label, seconds in sorted(clock.seconds.items(), key=lambda item: -item[1]):
        print(f"  {seconds * per_chunk:18.1f}  {clock.calls[label]:5}  {label}")
    return chunks


def _summary(name: str, chunks: list[Chunk]) -> None:
    """The least-disturbed chunk: on a shared machine, contention only ever adds CPU time."""
    python = min(chunk.per_event()[0] for chunk in chunks)
    backend = min(chunk.per_event()[1] for chunk in chunks)
    print(
        f"{name}: least CPU µs/event of {len(chunks)} chunks: python {python:.1f}, backend {backend:.1f}"
    )


async def _configure_explain(running: Stack) -> None:
    connection = await running.servers.postgres.superuser_connection()
    try:
        await connection.execute("LOAD 'auto_explain'")
        for name, value in EXPLAIN_SETTINGS.items():
            await connection.execute(f"ALTER SYSTEM SET {name} = {value}")
        await connection.execute("SELECT pg_reload_conf()")
    finally:
        await connection.close()


async def _describe(running: Stack) -> None:
    dsn = running.servers.owner_url.replace("postgresql+asyncpg://", "postgresql://")
    connection = await asyncpg.connect(dsn)
    try:
        rows = await connection.fetch(
            "SELECT conrelid::regclass AS t, conname, pg_get_constraintdef(oid) AS d"
            " FROM pg_constraint WHERE conrelid IN ('work_days'::regclass,"
            " 'attendance_events'::regclass) AND contype = 'f' ORDER BY 1, 2"
        )
        for row in rows:
            print(f"  {row['t']}: {row['conname']} {row['d']}")
    finally:
        await connection.close()


async def _apply(running: Stack, statements: list[str]) -> None:
    """Schema variations to try, run as the schema owner before folding."""
    dsn = running.servers.owner_url.replace("postgresql+asyncpg://", "postgresql://")
    connection = await asyncpg.connect(dsn)
    try:
        for statement in statements:
            await connection.execute(statement)
    finally:
        await connection.close()


async def _run(server_set: Any, explain: bool, count: int, ddl: list[str], rounds: int) -> None:
    async with stack(server_set) as running:
        clock = StatementClock()
        event.listen(running.engine.sync_engine, "before_cursor_execute", clock.before)
        event.listen(running.engine.sync_engine, "after_cursor_execute", clock.after)
        await _apply(running, ddl)
        await _describe(running)
        world = await build_world(running, sites=20, workers=1000)
        if explain:
            await _configure_explain(running)
            await running.engine.dispose()
        start = days_ago()
        first = await _phase(running, world, clock, "first-days", start, count)
        settled: list[Chunk] = []
        for round_ in range(1, rounds + 1):
            later = start + timedelta(days=100 * round_)
            settled += await _phase(running, world, clock, f"settled-{round_}", later, count)
        print()
        _summary("first days", first)
        _summary("settled", settled)
        if explain:
            log_path = running.servers.postgres.log_path
            assert log_path is not None
            shutil.copy(log_path, PLANS_PATH)
            print(f"\nplans: {PLANS_PATH}")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.fold_profile")
    parser.add_argument("--explain", action="store_true", help="log plans with trigger times")
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=3, help="phases of settled days")
    parser.add_argument("--ddl", action="append", default=[], help="SQL to run before folding")
    parser.add_argument("--python", action="store_true", help="profile this process's Python")
    arguments = parser.parse_args()
    with servers() as server_set:
        if not arguments.python:
            asyncio.run(
                _run(
                    server_set, arguments.explain, arguments.events, arguments.ddl, arguments.rounds
                )
            )
            return
        profiler = Profiler(async_mode="disabled")
        with profiler:
            asyncio.run(
                _run(
                    server_set, arguments.explain, arguments.events, arguments.ddl, arguments.rounds
                )
            )
        print(profiler.output_text(unicode=True, color=False, show_all=False))


if __name__ == "__main__":
    main()
