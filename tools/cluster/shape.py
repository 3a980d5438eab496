"""What a cluster is made of, and a data node seen as a devstack PostgreSQL server."""

from __future__ import annotations

from dataclasses import dataclass

import asyncpg

from tools.cluster.keeper import SERVER_USER
from tools.devstack.postgres import PostgresServer


@dataclass(frozen=True)
class ClusterShape:
    apis: int = 2
    workers: int = 2
    pool_size: int = 5
    max_overflow: int = 5
    sandbox: bool = True
    demo: bool = True
    # False only for fault suites: fsync off (processes die there, never the machine).
    durable: bool = True


class NodeServer(PostgresServer):
    """A pg_auto_failover data node seen as a devstack server, to provision roles the same way."""

    async def superuser_connection(self, database: str = "postgres") -> asyncpg.Connection:
        return await asyncpg.connect(
            host=self.host, port=self.port, user=SERVER_USER, database=database, timeout=5
        )
