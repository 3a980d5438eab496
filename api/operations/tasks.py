"""Jobs that keep the worker observable."""

from __future__ import annotations

from datetime import UTC, datetime

from api.kit.tasks import JobContext, cron_task

HEARTBEAT_KEY = "genba:worker:heartbeat"


@cron_task("operations.heartbeat", second={0, 30}, timeout_seconds=10)
async def heartbeat(ctx: JobContext) -> None:
    """Record that a worker is alive; /readyz reports how long ago it last ran."""
    await ctx["redis"].set(HEARTBEAT_KEY, datetime.now(UTC).isoformat(), ex=600)
