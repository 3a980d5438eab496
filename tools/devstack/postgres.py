"""A private PostgreSQL cluster: initdb once, start on a loopback port, provision our roles."""

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
from tools.devstack.processes import run_checked, running_as_root, spawn, stop

SERVER_USER = "postgres"


@dataclass(frozen=True)
class DatabaseRoles:
    """The schema owner runs migrations; the app role is subject to row-level security."""

    database: str
    owner: str = "genba_owner"
    owner_password: str = "genba_owner"
    app: str = "genba_app"
    app_password: str = "genba_app"

    def owner_url(self, host: str, port: int) -> str:
        return (
            f"postgresql+asyncpg://{self.owner}:{self.owner_password}@{host}:{port}/{self.database}"
        )

    def app_url(self, host: str, port: int) -> str:
        return f"postgresql+asyncpg://{self.app}:{self.app_password}@{host}:{port}/{self.database}"


@dataclass
class PostgresServer:
    data_dir: Path
    port: int
    host: str = "127.0.0.1"
    durable: bool = True
    log_path: Path | None = None
    _process: subprocess.Popen[bytes] | None = field(default=None, init=False, repr=False)
    _log: IO[bytes] | None = field(default=None, init=False, repr=False)

    @property
    def socket_dir(self) -> Path:
        return self.data_dir / "sockets"

    @property
    def run_as(self) -> str | None:
        # initdb refuses to run as root, so the cluster belongs to the postgres system user.
        return SERVER_USER if running_as_root() else None

    def _prepare_directory(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        if self.run_as:
            shutil.chown(self.data_dir, user=self.run_as, group=self.run_as)
        self.data_dir.chmod(0o700)

    def initialise(self) -> None:
        if (self.data_dir / "PG_VERSION").exists():
            return
        self._prepare_directory()
        bindir = find_pg_bindir()
        run_checked(
            [
                bindir / "initdb",
                "-D",
                self.data_dir,
                "-U",
                "postgres",
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
                "--no-instructions",
            ],
            run_as=self.run_as,
        )

    def start(self) -> None:
        self.initialise()
        self.socket_dir.mkdir(exist_ok=True)
        if self.run_as:
            shutil.chown(self.socket_dir, user=self.run_as, group=self.run_as)
        settings = [
            f"listen_addresses={self.host}",
            f"unix_socket_directories={self.socket_dir}",
            "max_connections=200",
            "shared_buffers=256MB",
        ]
        if not self.durable:
            settings += ["fsync=off", "synchronous_commit=off", "full_page_writes=off"]
        argv: list[str | Path] = [
            find_pg_bindir() / "postgres",
            "-D",
            self.data_dir,
            "-p",
            str(self.port),
        ]
        for setting in settings:
            argv += ["-c", setting]
        self._log = log = open(self.log_path or os.devnull, "ab")  # noqa: SIM115 - closed in stop()
        # SIGINT is PostgreSQL's "fast" shutdown: roll back open transactions and stop cleanly.
        self._process = spawn(
            argv, run_as=self.run_as, stdout=log, stderr=log, death_signal=signal.SIGINT
        )
        self._wait_until_ready()

    def _wait_until_ready(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process is not None and self._process.poll() is not None:
                raise RuntimeError(
                    f"PostgreSQL exited with {self._process.returncode}; see {self.log_path or 'its log'}"
                )
            try:
                asyncio.run(self._ping())
                return
            except (OSError, asyncpg.PostgresError):
                time.sleep(0.2)
        raise TimeoutError(f"PostgreSQL did not accept connections on port {self.port}")

    async def _ping(self) -> None:
        connection = await self.superuser_connection()
        await connection.close()

    async def superuser_connection(self, database: str = "postgres") -> asyncpg.Connection:
        return await asyncpg.connect(
            host=str(self.socket_dir), port=self.port, user="postgres", database=database, timeout=5
        )

    def provision(self, roles: DatabaseRoles) -> None:
        asyncio.run(self._provision(roles))

    async def _provision(self, roles: DatabaseRoles) -> None:
        connection = await self.superuser_connection()
        try:
            await _ensure_role(
                connection, roles.owner, roles.owner_password, "NOSUPERUSER NOBYPASSRLS"
            )
            await _ensure_role(
                connection,
                roles.app,
                roles.app_password,
                "NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE",
            )
            exists = await connection.fetchval(
                "SELECT 1 FROM pg_database WHERE datname = $1", roles.database
            )
            if not exists:
                await connection.execute(
                    f'CREATE DATABASE "{roles.database}" OWNER "{roles.owner}"'
                )
        finally:
            await connection.close()
        database = await self.superuser_connection(roles.database)
        try:
            # PostgreSQL 15 no longer lets everyone create in public; the owner runs migrations there.
            await database.execute(f'ALTER SCHEMA public OWNER TO "{roles.owner}"')
            await database.execute(f'GRANT CONNECT ON DATABASE "{roles.database}" TO "{roles.app}"')
        finally:
            await database.close()

    def stop(self) -> None:
        if self._process is not None:
            stop(self._process, signal.SIGINT, timeout=30)
            self._process = None
        if self._log is not None:
            self._log.close()
            self._log = None

    def restart(self) -> None:
        self.stop()
        self.start()


async def _ensure_role(
    connection: asyncpg.Connection, name: str, password: str, attributes: str
) -> None:
    exists = await connection.fetchval("SELECT 1 FROM pg_roles WHERE rolname = $1", name)
    verb = "ALTER" if exists else "CREATE"
    # Role names come from our own configuration; passwords are quoted by the server.
    quoted_password = await connection.fetchval("SELECT quote_literal($1)", password)
    await connection.execute(f'{verb} ROLE "{name}" LOGIN {attributes} PASSWORD {quoted_password}')
