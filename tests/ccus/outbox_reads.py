"""Reads of the outbox, a work day and the sandbox's counters, for the pipeline tests."""

from __future__ import annotations

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.models.attendance import WorkDay
from api.models.ccus_outbox import OutboxKind, OutboxRow, OutboxStatus


async def outbox_rows(
    session: AsyncSession, tenant_id: object, kind: OutboxKind, status: OutboxStatus | None = None
) -> list[OutboxRow]:
    statement = (
        select(OutboxRow)
        .where(OutboxRow.tenant_id == tenant_id, OutboxRow.kind == kind)
        .order_by(OutboxRow.created_at, OutboxRow.id)
        .execution_options(populate_existing=True)
    )
    if status is not None:
        statement = statement.where(OutboxRow.status == status)
    return list((await session.execute(statement)).scalars())


async def work_day_of(session: AsyncSession, tenant_id: object) -> WorkDay:
    statement = (
        select(WorkDay)
        .where(WorkDay.tenant_id == tenant_id)
        .execution_options(populate_existing=True)
    )
    return (await session.execute(statement)).scalar_one()


async def sandbox_stats(sandbox_admin: httpx.AsyncClient) -> dict[str, object]:
    return dict((await sandbox_admin.get("/admin/stats")).json())
