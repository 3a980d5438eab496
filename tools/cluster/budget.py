"""Connections budgeted: every API and worker process may open its whole pool (pool_size +
max_overflow) at once, and that, with room for superusers, replication and the failover
monitor, must fit the primary's max_connections, or the last process to reach it fails."""

from __future__ import annotations

from dataclasses import dataclass

# superuser_reserved_connections (3), the monitor's health checks and pg_autoctl's own
# connections, migrations and a psql session.
RESERVED = 10


class OverBudgetError(RuntimeError):
    pass


@dataclass(frozen=True)
class ConnectionBudget:
    apis: int
    workers: int
    pool_size: int
    max_overflow: int

    @property
    def per_process(self) -> int:
        return self.pool_size + self.max_overflow

    @property
    def needed(self) -> int:
        return (self.apis + self.workers) * self.per_process + RESERVED

    def check(self, max_connections: int) -> None:
        if self.needed > max_connections:
            raise OverBudgetError(
                f"{self.apis} API + {self.workers} worker processes × {self.per_process} "
                f"connections (GENBA_DB_POOL_SIZE + GENBA_DB_MAX_OVERFLOW) + {RESERVED} reserved "
                f"= {self.needed} > max_connections {max_connections}"
            )
