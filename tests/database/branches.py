"""How many branches the session sees: the row these suites write to prove a commit or a
rollback."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.models.branch import Branch


async def branch_count(session: AsyncSession) -> int:
    return (await session.execute(select(func.count()).select_from(Branch))).scalar_one()
