"""Real PostgreSQL and Redis for one test or benchmark run: our own processes on free ports in a
temporary directory, removed when the run ends."""

from __future__ import annotations

import shutil
import socket
import tempfile
from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path

from tools.devstack.postgres import DatabaseRoles, PostgresServer
from tools.devstack.redis import RedisServer


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass(frozen=True)
class ServerSet:
    postgres: PostgresServer
    redis: RedisServer
    roles: DatabaseRoles

    @property
    def app_url(self) -> str:
        return self.roles.app_url(self.postgres.host, self.postgres.port)

    @property
    def owner_url(self) -> str:
        return self.roles.owner_url(self.postgres.host, self.postgres.port)

    def superuser_url(self, database: str | None = None) -> str:
        socket_dir = self.postgres.socket_dir
        return (
            f"postgresql+asyncpg://postgres@/{database or self.roles.database}"
            f"?host={socket_dir}&port={self.postgres.port}"
        )


def start_test_servers() -> Generator[ServerSet, None, None]:
    root = Path(tempfile.mkdtemp(prefix="genba-test-"))
    root.chmod(0o755)
    postgres = PostgresServer(
        data_dir=root / "pg", port=free_port(), durable=False, log_path=root / "postgres.log"
    )
    redis = RedisServer(data_dir=root / "redis", port=free_port())
    roles = DatabaseRoles(database="genba_test")
    postgres.start()
    try:
        redis.start()
        postgres.provision(roles)
        yield ServerSet(postgres=postgres, redis=redis, roles=roles)
    finally:
        redis.stop()
        postgres.stop()
        shutil.rmtree(root, ignore_errors=True)
