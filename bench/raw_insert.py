"""P1's yardstick: the same events stored by a raw asyncpg `INSERT … SELECT unnest(…)`."""

from __future__ import annotations

import hashlib
import time
import uuid
from datetime import datetime
from typing import Any
from uuid import UUID

import asyncpg

from bench.event_batches import BATCH
from bench.harness import Stack


def _dsn(stack: Stack) -> str:
    return stack.servers.app_url.replace("postgresql+asyncpg://", "postgresql://")


async def raw_insert(stack: Stack, tenant_id: UUID, events: list[dict[str, Any]]) -> float:
    """The floor: the same rows into attendance_events with nothing else, one statement a batch.
    Storing an event claims its id across months (ADR 0025), as the unique index did before."""
    connection = await asyncpg.connect(_dsn(stack))
    terminal = uuid.uuid4()
    try:
        started = time.perf_counter()
        for offset in range(0, len(events), BATCH):
            batch = events[offset : offset + BATCH]
            async with connection.transaction():
                await connection.execute(
                    "SELECT set_config('app.tenant_id', $1, true)", str(tenant_id)
                )
                await connection.execute(
                    """
                    WITH u AS (
                        SELECT gen_random_uuid() AS id, * FROM unnest($3::text[], $4::bytea[],
                            $5::uuid[], $6::uuid[], $7::text[], $8::timestamptz[])
                        AS u(event_id, hash, site, worker, kind, at)
                    ), claimed AS (
                        INSERT INTO attendance_event_keys (tenant_id, terminal_id, event_id, content_hash, id, occurred_at)
                        SELECT $1, $2, event_id, hash, id, at FROM u
                    )
                    INSERT INTO attendance_events (id, tenant_id, terminal_id, event_id, content_hash,
                        site_id, worker_id, kind, occurred_at, result)
                    SELECT u.id, $1, $2, u.event_id, u.hash, u.site, u.worker, u.kind, u.at, 'accepted'
                    FROM u
                    """,
                    tenant_id,
                    terminal,
                    [e["event_id"] for e in batch],
                    [hashlib.sha256(e["event_id"].encode()).digest() for e in batch],
                    [UUID(e["site_id"]) for e in batch],
                    [UUID(e["worker_id"]) for e in batch],
                    [e["kind"] for e in batch],
                    [datetime.fromisoformat(e["occurred_at"]) for e in batch],
                )
        return time.perf_counter() - started
    finally:
        await connection.close()
