"""PostgreSQL with automatic failover by pg_auto_failover (Debian's packages): a monitor and
data nodes, each node a `pg_autoctl` keeper that runs its own postgres. We only start, kill and
ask; the monitor decides who is primary and promotes a secondary when the primary is gone."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import asyncpg

from tools.devstack.binaries import find_pg_bindir
from tools.devstack.ephemeral import free_port
from tools.devstack.processes import running_as_root, spawn, stop

SERVER_USER = "postgres"
HOST = "127.0.0.1"
MONITOR_DATABASE = "pg_auto_failover"
# The monitor's defaults take ~50 s to give up on a primary; on one machine a few seconds say
# as much. Unhealthy after 4 s without a report, failed after two missed 1 s health checks,
# and the old primary presumed demoted 4 s later (it cannot accept writes by then: it is dead).
MONITOR_TUNING = {
    "pgautofailover.health_check_period": "1000",
    "pgautofailover.health_check_timeout": "2000",
    "pgautofailover.health_check_max_retries": "2",
    "pgautofailover.health_check_retry_delay": "1000",
    "pgautofailover.node_considered_unhealthy_timeout": "4000",
    "pgautofailover.primary_demote_timeout": "4000",
    "pgautofailover.startup_grace_period": "5000",
}
WRITABLE = ("primary", "wait_primary", "single")


def _find_pg_autoctl() -> Path:
    found = shutil.which("pg_autoctl") or "/usr/bin/pg_autoctl"
    if not Path(found).is_file():
        raise RuntimeError("pg_autoctl is missing: run `scripts/bootstrap.sh --cluster`")
    return Path(found)


@dataclass
class Keeper:
    """One `pg_autoctl` process (monitor or data node) and the postgres it supervises."""

    name: str
    pgdata: Path
    port: int
    log_path: Path
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)
    _log: IO[bytes] | None = field(default=None, repr=False)

    @property
    def dsn(self) -> str:
        return f"postgresql://{SERVER_USER}@{HOST}:{self.port}/postgres"

    def spawn(self, argv: list[str], env: dict[str, str]) -> None:
        self._log = open(self.log_path, "ab")  # noqa: SIM115 - closed in stop()
        run_as = SERVER_USER if running_as_root() else None
        # SIGINT is pg_autoctl's fast stop: it stops its postgres, then itself.
        self.process = spawn(
            argv, env=env, run_as=run_as, stdout=self._log, stderr=self._log,
            death_signal=signal.SIGINT,
        )  # fmt: skip

    def kill(self) -> None:
        """SIGKILL the keeper and its postgres at once (one process group): a lost machine."""
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        _kill_orphaned_postmaster(self.pgdata)

    def stop(self) -> None:
        if self.process is not None:
            stop(self.process, signal.SIGINT, timeout=30)
            self.process = None
        _kill_orphaned_postmaster(self.pgdata)
        if self._log is not None:
            self._log.close()
            self._log = None


def _kill_orphaned_postmaster(pgdata: Path) -> None:
    pid_file = pgdata / "postmaster.pid"
    try:
        pid = int(pid_file.read_text().split()[0])
        os.kill(pid, signal.SIGKILL)
    except (OSError, ValueError, IndexError):
        pass


class Formation:
    """A monitor and `nodes` data nodes in `root`, on free loopback ports."""

    def __init__(self, root: Path, *, database: str, nodes: int = 2, durable: bool = True) -> None:
        self.root = root
        self.database = database
        self.durable = durable
        self.pg_autoctl = _find_pg_autoctl()
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
        asyncio.run(self._tune_monitor())
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

    async def _tune_monitor(self) -> None:
        connection = await _connect_when_up(self.monitor, MONITOR_DATABASE, patience=90)
        try:
            for name, value in MONITOR_TUNING.items():
                await connection.execute(f"ALTER SYSTEM SET {name} = {value}")
            await connection.execute("SELECT pg_reload_conf()")
        finally:
            await connection.close()

    async def _tune_primary(self, node: Keeper) -> None:
        """Settings in postgresql.auto.conf, which pg_basebackup copies to every standby."""
        if self.durable:
            return
        connection = await _connect_when_up(node, "postgres", patience=60)
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

    def restart(self, node: Keeper) -> None:
        """A killed node's keeper again: it rejoins as a secondary (pg_rewind if needed)."""
        node.spawn([str(self.pg_autoctl), "run", "--pgdata", str(node.pgdata)], self.env)

    def stop(self) -> None:
        for node in reversed(self.nodes):
            node.stop()
        self.monitor.stop()


async def _connect_when_up(keeper: Keeper, database: str, patience: float) -> asyncpg.Connection:
    deadline = time.monotonic() + patience
    while True:
        if keeper.process is not None and keeper.process.poll() is not None:
            raise RuntimeError(f"{keeper.name} exited; see {keeper.log_path}")
        try:
            dsn = f"postgresql://{SERVER_USER}@{HOST}:{keeper.port}/{database}"
            return await asyncpg.connect(dsn, timeout=3)
        except (OSError, asyncpg.PostgresError):
            if time.monotonic() > deadline:
                raise
            await asyncio.sleep(0.5)
