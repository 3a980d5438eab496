"""Turns: one run at a time per tenant of a tenant-wide job, held by a transaction (an advisory
lock released with its commit, rollback or lost connection — never left behind)."""

from __future__ import annotations

from uuid import UUID

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

_WAIT = text("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
_TRY = text("SELECT pg_try_advisory_xact_lock(hashtextextended(:key, 0))")


async def take_turn(session: AsyncSession, name: str, tenant_id: UUID, *, wait: bool) -> bool:
    """The turn of `name` for the tenant, until this transaction ends. With `wait` the caller
    queues for it (only for short transactions); without, False when another has it."""
    key = {"key": f"{name}:{tenant_id}"}
    if wait:
        # Answers only once the turn is ours.
        await session.execute(_WAIT, key)
        return True
    return bool((await session.execute(_TRY, key)).scalar_one())
