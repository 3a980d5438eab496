"""One `pg_autoctl` process (the monitor or a data node) and the postgres it runs, started as
the postgres system user when we are root; killable whole, as a lost machine would be."""

from __future__ import annotations

import asyncio
import contextlib
import os
import pwd
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import asyncpg

from tools.devstack.processes import running_as_root, spawn

SERVER_USER = "postgres"
HOST = "127.0.0.1"


def find_pg_autoctl() -> Path:
    found = shutil.which("pg_autoctl") or "/usr/bin/pg_autoctl"
    if not Path(found).is_file():
        raise RuntimeError("pg_autoctl is missing: run `scripts/bootstrap.sh --cluster`")
    return Path(found)


def run_pg_autoctl(argv: list[str], env: dict[str, str]) -> None:
    """A one-off pg_autoctl command as the server's user. Its log lines are not always valid
    UTF-8, so they are read as bytes."""
    account = pwd.getpwnam(SERVER_USER) if running_as_root() else None
    user: dict[str, Any] = {}
    if account is not None:
        user = {"user": account.pw_uid, "group": account.pw_gid, "extra_groups": []}
    result = subprocess.run(argv, env=env, capture_output=True, check=False, **user)
    if result.returncode != 0:
        output = (result.stdout + result.stderr).decode("utf-8", errors="replace")
        raise RuntimeError(f"{' '.join(argv[:4])} failed ({result.returncode}):\n{output}")


@dataclass
class Keeper:
    """A `pg_autoctl` keeper; its postgres runs in its process group."""

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
        if self._log is not None:  # left open by kill(): the keeper is started again
            self._log.close()
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
            self._kill_group()
            self.process.wait()

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                # Not reaped yet, so its group id cannot belong to anyone else.
                self._kill_group()
                self.process.wait()
        self.process = None
        if self._log is not None:
            self._log.close()
            self._log = None

    def _kill_group(self) -> None:
        assert self.process is not None
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)


async def connect_when_up(keeper: Keeper, database: str, patience: float) -> asyncpg.Connection:
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
