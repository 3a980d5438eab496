"""The pg_auto_failover monitor's health checks, tuned for one machine."""

from __future__ import annotations

from tools.cluster.keeper import Keeper, connect_when_up

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


async def tune_monitor(monitor: Keeper) -> None:
    connection = await connect_when_up(monitor, MONITOR_DATABASE, patience=90)
    try:
        for name, value in MONITOR_TUNING.items():
            await connection.execute(f"ALTER SYSTEM SET {name} = {value}")
        await connection.execute("SELECT pg_reload_conf()")
    finally:
        await connection.close()
