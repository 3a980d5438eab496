"""PostgreSQL with automatic failover by pg_auto_failover (Debian's packages): a monitor and
data nodes, each node a `pg_autoctl` keeper that runs its own postgres. We only start, kill and
ask; the monitor decides who is primary and promotes a secondary when the primary is gone."""

from __future__ import annotations

import asyncio
import os
import shutil
import time
from pathlib import Path

import asyncpg

from tools.cluster.keeper import (
    HOST,
    SERVER_USER,
    Keeper,
    connect_when_up,
    find_pg_autoctl,
    run_pg_autoctl,
)
from tools.cluster.monitor import MONITOR_DATABASE, tune_monitor
from tools.devstack.binaries import find_pg_bindir
from tools.devstack.ephemeral import free_port
from tools.devstack.processes import running_as_root

WRITABLE = ("primary", "wait_primary", "single")


class Formation:
    """A monitor and `nodes` data nodes in `root`, on free loopback ports."""

    def __init__(self, root: Path, *, database: str, nodes: int = 2, durable: bool = True) -> None:
        self.root = root
        self.database = database
        self.durable = durable
        self.pg_autoctl = find_pg_autoctl()
        self.monitor = Keeper("monitor", root / "monitor", free_port(), root / "monitor.log")
        self.nodes = [
            Keeper(f"node_{n}", root / f"node_{n}", free_port(), root / f"node_{n}.log")
            for n in range(1, nodes + 1)
        ]
        self.env = {
            **os.environ,
            "PATH": f"{find_pg_bindir()}:{os.environ.get('PATH', '/usr/bin:/bin')}",
            # pg_autoctl keeps its state files under XDG directories: ours, not the user's.
            "XDG_CONFIG_HOME": str(root / "xdg-config"),
            "XDG_DATA_HOME": str(root / "xdg-data"),
            "PG_AUTOCTL_DEBUG": "",
        }

    @property
    def monitor_uri(self) -> str:
        return (
            f"postgres://autoctl_node@{HOST}:{self.monitor.port}/{MONITOR_DATABASE}?sslmode=disable"
        )

    def hosts(self) -> str:
        """The multi-host part of a connection URL: every data node, primary or not."""
        return "&".join(f"host={HOST}:{node.port}" for node in self.nodes)

    def start(self) -> None:
        self._prepare(self.root)
        self.monitor.spawn(
            [str(self.pg_autoctl), "create", "monitor", *self._common(self.monitor, node=False)]
            + ["--run"],
            self.env,
        )
        asyncio.run(tune_monitor(self.monitor))
        for index, node in enumerate(self.nodes):
            argv = [str(self.pg_autoctl), "create", "postgres", *self._common(node, node=True)]
            argv += ["--dbname", self.database, "--monitor", self.monitor_uri, "--run"]
            node.spawn(argv, self.env)
            if index == 0:
                asyncio.run(self._until_states({node.name: WRITABLE}, patience=90))
                asyncio.run(self._tune_primary(node))
        asyncio.run(self.until_healthy(patience=180))

    def _prepare(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        directory.chmod(0o755)
        for sub in ("xdg-config", "xdg-data"):
            (directory / sub).mkdir(exist_ok=True)
            if running_as_root():
                shutil.chown(directory / sub, user=SERVER_USER, group=SERVER_USER)
        if running_as_root():
            shutil.chown(directory, user=SERVER_USER, group=SERVER_USER)

    def _common(self, keeper: Keeper, *, node: bool) -> list[str]:
        argv = ["--pgdata", str(keeper.pgdata), "--pgport", str(keeper.port)]
        argv += ["--hostname", HOST, "--auth", "trust", "--no-ssl"]
        # The monitor takes neither option (it listens on every address, trusting loopback only).
        return argv + (["--listen", HOST, "--name", keeper.name] if node else [])

    async def _tune_primary(self, node: Keeper) -> None:
        """Settings in postgresql.auto.conf, which pg_basebackup copies to every standby."""
        if self.durable:
            return
        connection = await connect_when_up(node, "postgres", patience=60)
        try:
            # Only processes die in our faults, never the machine: the page cache survives.
            await connection.execute("ALTER SYSTEM SET fsync = off")
            await connection.execute("SELECT pg_reload_conf()")
        finally:
            await connection.close()

    async def states(self) -> dict[str, tuple[str, str]]:
        """Each node's (reported state, goal state) as the monitor sees them."""
        connection = await asyncpg.connect(
            f"postgresql://{SERVER_USER}@{HOST}:{self.monitor.port}/{MONITOR_DATABASE}", timeout=5
        )
        try:
            rows = await connection.fetch(
                "SELECT nodename, reportedstate::text, goalstate::text FROM pgautofailover.node"
            )
        finally:
            await connection.close()
        return {row[0]: (row[1], row[2]) for row in rows}

    async def until_healthy(self, patience: float) -> None:
        """One primary, every other node a streaming secondary."""
        wanted: dict[str, tuple[str, ...]] = {n.name: ("primary", "secondary") for n in self.nodes}
        await self._until_states(wanted, patience=patience, nudge=True)

    async def _until_states(
        self, wanted: dict[str, tuple[str, ...]], *, patience: float, nudge: bool = False
    ) -> None:
        deadline = time.monotonic() + patience
        seen: dict[str, tuple[str, str]] = {}
        while time.monotonic() < deadline:
            try:
                seen = await self.states()
            except (OSError, asyncpg.PostgresError):
                seen = {}
            if all(
                name in seen and seen[name][0] == seen[name][1] and seen[name][0] in states
                for name, states in wanted.items()
            ):
                primaries = [name for name, state in seen.items() if state[0] in WRITABLE]
                if len(primaries) == 1:
                    return
            if nudge:
                await self._checkpoint_primary(seen)
            await asyncio.sleep(1)
        raise TimeoutError(f"pg_auto_failover did not reach {wanted}; last seen {seen}")

    async def _checkpoint_primary(self, seen: dict[str, tuple[str, str]]) -> None:
        """A new standby's pg_basebackup waits for a spread checkpoint (minutes when idle);
        an explicit CHECKPOINT finishes it at once."""
        node = self._primary_of(seen)
        if node is None:
            return
        try:
            connection = await asyncpg.connect(node.dsn, timeout=3)
            try:
                await connection.execute("CHECKPOINT")
            finally:
                await connection.close()
        except (OSError, asyncpg.PostgresError):
            pass

    def _primary_of(self, seen: dict[str, tuple[str, str]]) -> Keeper | None:
        """The node the monitor wants writable and that says it is: a dead primary's last
        report stays "primary" while its goal moves on to "demoted"."""
        for node in self.nodes:
            reported, goal = seen.get(node.name, ("", ""))
            if reported == goal and goal in WRITABLE:
                return node
        return None

    async def primary(self) -> Keeper:
        node = self._primary_of(await self.states())
        if node is None:
            raise RuntimeError("no primary right now")
        return node

    async def set_synchronous(self, synchronous: bool) -> str:
        """Every secondary in the replication quorum (the primary's commits wait for one of
        them: pg_auto_failover's default) or out of it (asynchronous); returns the primary's
        synchronous_standby_names once it has changed."""
        primary = await self.primary()
        for node in self.nodes:
            if node is not primary:
                argv = [str(self.pg_autoctl), "set", "node", "replication-quorum"]
                argv += [str(synchronous).lower(), "--pgdata", str(node.pgdata)]
                await asyncio.to_thread(run_pg_autoctl, argv, self.env)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            connection = await asyncpg.connect(primary.dsn, timeout=3)
            try:
                names = str(await connection.fetchval("SHOW synchronous_standby_names"))
            finally:
                await connection.close()
            if bool(names.strip("' ")) == synchronous:
                return names
            await asyncio.sleep(0.5)
        raise TimeoutError("synchronous_standby_names did not change")

    def restart(self, node: Keeper) -> None:
        """A killed node's keeper again: it rejoins as a secondary (pg_rewind if needed)."""
        node.spawn([str(self.pg_autoctl), "run", "--pgdata", str(node.pgdata)], self.env)

    def stop(self) -> None:
        for node in reversed(self.nodes):
            node.stop()
        self.monitor.stop()
