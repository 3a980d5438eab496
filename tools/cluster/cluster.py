"""The whole multi-process deployment on one machine, in one state directory on free ports:
PostgreSQL primary + streaming replica under pg_auto_failover, Redis, N API processes behind
haproxy, N arq workers, the CCUS sandbox. The apps find the primary by a multi-host URL with
target_session_attrs=read-write, so after a failover new connections reach the new primary."""

from __future__ import annotations

import asyncio
import os
import shutil
import tempfile
from pathlib import Path

import asyncpg

from tools.cluster.apps import AppProcess, api_argv, sandbox_argv, worker_argv
from tools.cluster.budget import ConnectionBudget
from tools.cluster.formation import Formation
from tools.cluster.haproxy import Haproxy
from tools.cluster.keeper import HOST, Keeper
from tools.cluster.shape import ClusterShape, NodeServer
from tools.devstack.ephemeral import free_port
from tools.devstack.postgres import DatabaseRoles
from tools.devstack.redis import RedisServer
from tools.devstack.stack import PROJECT_ROOT, run_python


class Cluster:
    def __init__(self, shape: ClusterShape | None = None, root: Path | None = None) -> None:
        self.shape = shape or ClusterShape()
        self.root = root or Path(tempfile.mkdtemp(prefix="genba-cluster-"))
        self.root.mkdir(parents=True, exist_ok=True)
        self.root.chmod(0o755)
        self.roles = DatabaseRoles(database="genba")
        self.formation = Formation(
            self.root / "pg", database=self.roles.database, durable=self.shape.durable
        )
        self.redis = RedisServer(
            data_dir=self.root / "redis", port=free_port(), log_path=self.root / "redis.log"
        )
        self.sandbox_port = free_port()
        api_ports = [free_port() for _ in range(self.shape.apis)]
        self.haproxy = Haproxy(self.root, free_port(), api_ports)
        env = self.app_env()
        self.apis = [
            AppProcess(
                f"api{n}", api_argv(port), env, PROJECT_ROOT, self.root / f"api{n}.log",
                health_url=f"http://{HOST}:{port}/healthz",
            )
            for n, port in enumerate(api_ports, start=1)
        ]  # fmt: skip
        self.workers = [
            AppProcess(f"worker{n}", worker_argv(), env, PROJECT_ROOT, self.root / f"worker{n}.log")
            for n in range(1, self.shape.workers + 1)
        ]
        self.sandbox = AppProcess(
            "ccus-sandbox", sandbox_argv(self.sandbox_port), env, PROJECT_ROOT,
            self.root / "sandbox.log", health_url=f"http://{HOST}:{self.sandbox_port}/docs",
        )  # fmt: skip

    def url(self, role: str, password: str) -> str:
        """Every data node; asyncpg tries them in order and keeps the one that takes writes."""
        return (
            f"postgresql+asyncpg://{role}:{password}@/{self.roles.database}"
            f"?{self.formation.hosts()}&target_session_attrs=read-write"
        )

    @property
    def app_url(self) -> str:
        return self.url(self.roles.app, self.roles.app_password)

    @property
    def owner_url(self) -> str:
        return self.url(self.roles.owner, self.roles.owner_password)

    def app_env(self) -> dict[str, str]:
        return {
            **os.environ,
            "GENBA_DATABASE_URL": self.app_url,
            "GENBA_MIGRATION_DATABASE_URL": self.owner_url,
            "GENBA_DB_APP_ROLE": self.roles.app,
            "GENBA_DB_POOL_SIZE": str(self.shape.pool_size),
            "GENBA_DB_MAX_OVERFLOW": str(self.shape.max_overflow),
            "GENBA_REDIS_URL": self.redis.url,
            "GENBA_TRUSTED_PROXIES": HOST,
            "GENBA_CCUS_BASE_URL": f"http://{HOST}:{self.sandbox_port}",
            "GENBA_CCUS_SEND_POLICY": os.environ.get("GENBA_CCUS_SEND_POLICY", "immediate"),
            "GENBA_LOG_LEVEL": os.environ.get("GENBA_LOG_LEVEL", "WARNING"),
        }

    @property
    def budget(self) -> ConnectionBudget:
        shape = self.shape
        return ConnectionBudget(shape.apis, shape.workers, shape.pool_size, shape.max_overflow)

    def start(self) -> None:
        self.formation.start()
        primary = asyncio.run(self.formation.primary())
        self.primary_server(primary).provision(self.roles)
        asyncio.run(self._check_budget(primary))
        self.redis.start()
        env = self.app_env()
        run_python(["alembic", "upgrade", "head"], env)
        if self.shape.demo:
            run_python(["api.demo"], env)
        if self.shape.sandbox:
            self.sandbox.start()
        for process in [*self.apis, *self.workers]:
            process.start()
        self.haproxy.start()

    def primary_server(self, node: Keeper) -> NodeServer:
        return NodeServer(data_dir=node.pgdata, port=node.port, host=HOST)

    async def _check_budget(self, node: Keeper) -> None:
        connection = await asyncpg.connect(node.dsn, timeout=5)
        try:
            max_connections = int(await connection.fetchval("SHOW max_connections"))
        finally:
            await connection.close()
        self.budget.check(max_connections)

    def stop(self, *, keep: bool = False) -> None:
        self.haproxy.stop()
        for process in [*self.apis, *self.workers, self.sandbox]:
            process.stop()
        self.redis.stop()
        self.formation.stop()
        if not keep:
            shutil.rmtree(self.root, ignore_errors=True)
