"""The local stack behind `make run`: our own PostgreSQL and Redis under .data/, or the ones
DATABASE_URL / REDIS_URL point to."""

from __future__ import annotations

import fcntl
import hashlib
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from tools.devstack.postgres import SERVER_USER, DatabaseRoles, PostgresServer
from tools.devstack.processes import running_as_root
from tools.devstack.redis import RedisServer

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = Path(os.environ.get("GENBA_DATA_DIR") or PROJECT_ROOT / ".data")


class AlreadyRunningError(RuntimeError):
    pass


def _port(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


@dataclass(frozen=True)
class StackPorts:
    postgres: int = _port("GENBA_DEV_PG_PORT", 54390)
    redis: int = _port("GENBA_DEV_REDIS_PORT", 63790)
    api: int = _port("GENBA_API_PORT", 8390)
    sandbox: int = _port("GENBA_SANDBOX_PORT", 8391)
    web: int = _port("GENBA_WEB_PORT", 5173)
    mail_smtp: int = _port("GENBA_MAIL_SMTP_PORT", 8325)
    mail_web: int = _port("GENBA_MAIL_WEB_PORT", 8326)


def external_database_url() -> str | None:
    return os.environ.get("GENBA_DATABASE_URL") or os.environ.get("DATABASE_URL")


def external_redis_url() -> str | None:
    return os.environ.get("GENBA_REDIS_URL") or os.environ.get("REDIS_URL")


def postgres_data_dir() -> Path:
    """`.data/pg`, unless the postgres system user cannot reach the project directory."""
    preferred = DATA_DIR / "pg"
    if not running_as_root() or _reachable_by_server_user(DATA_DIR):
        return preferred
    digest = hashlib.sha256(str(PROJECT_ROOT).encode()).hexdigest()[:12]
    return Path("/var/tmp") / f"genba-{digest}" / "pg"


def _reachable_by_server_user(path: Path) -> bool:
    path.mkdir(parents=True, exist_ok=True)
    path.chmod(0o755)
    probe = subprocess.run(["test", "-x", str(path)], user=SERVER_USER, check=False)
    return probe.returncode == 0


@contextmanager
def exclusive_run_lock() -> Iterator[None]:
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    lock_path = DATA_DIR / "run.lock"
    handle: IO[str] = open(lock_path, "a+")  # noqa: SIM115 - held for the whole run
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.seek(0)
        holder = handle.read().strip() or "another process"
        handle.close()
        raise AlreadyRunningError(
            f"genba is already running here (pid {holder}). Stop it with Ctrl-C in its terminal first."
        ) from None
    handle.seek(0)
    handle.truncate()
    handle.write(str(os.getpid()))
    handle.flush()
    try:
        yield
    finally:
        handle.close()


class LocalStack:
    def __init__(self, ports: StackPorts | None = None) -> None:
        self.ports = ports or StackPorts()
        self.roles = DatabaseRoles(database="genba")
        self.postgres: PostgresServer | None = None
        self.redis: RedisServer | None = None

    def start_services(self) -> dict[str, str]:
        """Start what is not provided from outside and return the environment the apps need."""
        env: dict[str, str] = {}
        if url := external_database_url():
            env["GENBA_DATABASE_URL"] = url
            env["GENBA_MIGRATION_DATABASE_URL"] = os.environ.get(
                "GENBA_MIGRATION_DATABASE_URL", url
            )
        else:
            self.postgres = PostgresServer(
                data_dir=postgres_data_dir(),
                port=self.ports.postgres,
                log_path=DATA_DIR / "postgres.log",
            )
            self.postgres.start()
            self.postgres.provision(self.roles)
            env["GENBA_DATABASE_URL"] = self.roles.app_url("127.0.0.1", self.ports.postgres)
            env["GENBA_MIGRATION_DATABASE_URL"] = self.roles.owner_url(
                "127.0.0.1", self.ports.postgres
            )
            env["GENBA_DB_APP_ROLE"] = self.roles.app
        if url := external_redis_url():
            env["GENBA_REDIS_URL"] = url
        else:
            self.redis = RedisServer(
                data_dir=DATA_DIR / "redis", port=self.ports.redis, log_path=DATA_DIR / "redis.log"
            )
            self.redis.start()
            env["GENBA_REDIS_URL"] = self.redis.url
        # The local stack talks to its own CCUS sandbox, and sends at once so a demo shows
        # results in seconds rather than the next night (override either from outside).
        env["GENBA_CCUS_BASE_URL"] = os.environ.get(
            "GENBA_CCUS_BASE_URL", f"http://127.0.0.1:{self.ports.sandbox}"
        )
        env["GENBA_CCUS_SEND_POLICY"] = os.environ.get("GENBA_CCUS_SEND_POLICY", "immediate")
        # Account emails go to the stack's own mail catcher, their links to the stack's SPA.
        env["GENBA_SMTP_HOST"] = os.environ.get("GENBA_SMTP_HOST", "127.0.0.1")
        env["GENBA_SMTP_PORT"] = os.environ.get("GENBA_SMTP_PORT", str(self.ports.mail_smtp))
        # A webhook receiver on this machine may be plain http (a partner's local test server).
        env["GENBA_WEBHOOK_ALLOW_LOCAL_HTTP"] = os.environ.get(
            "GENBA_WEBHOOK_ALLOW_LOCAL_HTTP", "true"
        )
        return env

    def stop_services(self) -> None:
        for server in (self.redis, self.postgres):
            if server is not None:
                server.stop()


def run_python(module_args: list[str], env: dict[str, str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", *module_args], env=env, cwd=PROJECT_ROOT, check=False
    )
    if result.returncode != 0:
        raise SystemExit(f"`python -m {' '.join(module_args)}` failed with {result.returncode}")
