"""The CCUS writers name their tenant in every statement: with row-level security out of the
way (a superuser session), a write asked for one tenant never touches another tenant's rows."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine

from api.attendance.repository import WorkDayRepository
from api.businesses.repository import BusinessRepository
from api.ccus.repositories import OutboxRepository
from api.config import Settings
from api.models import Business, Site, Worker
from api.models.attendance import WorkDay
from api.models.ccus_outbox import OutboxRow, OutboxStatus
from api.models.ccus_state import CcusState
from api.models.ccus_status import CcusStatus
from api.models.structure import StructureChange
from api.sites.repository import SiteRepository
from api.structure.change_repository import StructureChangeRepository
from api.workers.repository import WorkerRepository
from tests.fixtures.factories import create_tenant, populate_tenant
from tests.fixtures.servers import ServerSet

MODELS: tuple[Any, ...] = (Site, Business, Worker, WorkDay, StructureChange, OutboxRow)
Write = Callable[[AsyncSession, UUID, dict[Any, UUID]], Awaitable[Any]]


async def _rows(session: AsyncSession, tenant_id: UUID) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = []
    for model in MODELS:
        columns = [column for column in model.__table__.columns if column.name != "updated_at"]
        statement = select(*columns).where(model.tenant_id == tenant_id).order_by(model.id)
        rows.extend(tuple(row) for row in (await session.execute(statement)).all())
    return rows


async def _first_ids(session: AsyncSession, tenant_id: UUID) -> dict[Any, UUID]:
    return {
        model: (
            await session.execute(select(model.id).where(model.tenant_id == tenant_id).limit(1))
        ).scalar_one()
        for model in MODELS
    }


# In an order where each write, made for the right tenant, changes the row it names.
WRITES: list[Write] = [
    lambda s, t, ids: SiteRepository(s).mark_ccus(t, ids[Site], CcusStatus.failed, "S", "x"),
    lambda s, t, ids: BusinessRepository(s).mark_ccus(
        t, ids[Business], CcusStatus.failed, "B", "x"
    ),
    lambda s, t, ids: WorkerRepository(s).mark_ccus(t, ids[Worker], CcusStatus.failed, "W", "x"),
    lambda s, t, ids: BusinessRepository(s).request_ccus_checks(t),
    lambda s, t, ids: WorkDayRepository(s).mark_ccus(
        t, [ids[WorkDay]], CcusState.rejected, "D", "x"
    ),
    lambda s, t, ids: WorkDayRepository(s).mark_ccus_results(t, [(ids[WorkDay], True, None, None)]),
    lambda s, t, ids: StructureChangeRepository(s).mark_sent(t, ids[StructureChange], "C", "x"),
    lambda s, t, ids: OutboxRepository(s).hold(t, ids[OutboxRow], "H", "x"),
    lambda s, t, ids: OutboxRepository(s).reschedule(
        t, [ids[OutboxRow]], datetime(2030, 1, 1, tzinfo=UTC), "R", "x"
    ),
    lambda s, t, ids: OutboxRepository(s).cancel(t, ids[OutboxRow]),
    lambda s, t, ids: OutboxRepository(s).mark_awaiting(t, [ids[OutboxRow]], "s1"),
    lambda s, t, ids: OutboxRepository(s).resolve(t, [ids[OutboxRow]], OutboxStatus.rejected),
]


async def test_ccus_writes_keep_to_their_tenant(migrated: ServerSet, settings: Settings) -> None:
    superuser = create_async_engine(migrated.superuser_url())
    try:
        async with superuser.connect() as connection:
            transaction = await connection.begin()
            session = AsyncSession(bind=connection, join_transaction_mode="create_savepoint")
            mine, theirs = await create_tenant(session), await create_tenant(session)
            for tenant in (mine, theirs):
                await populate_tenant(session, settings, tenant)
            their_ids = await _first_ids(session, theirs.id)
            # Linked to CCUS, so the まとめて確認 request applies to it.
            await session.execute(
                update(Business)
                .where(Business.id == their_ids[Business])
                .values(ccus_business_id="20000000000001")
            )
            for index, write in enumerate(WRITES):
                before = await _rows(session, theirs.id)
                await write(session, mine.id, their_ids)
                assert await _rows(session, theirs.id) == before, f"write {index} crossed"
                # Asked for the right tenant, the same write does change the row.
                await write(session, theirs.id, their_ids)
                assert await _rows(session, theirs.id) != before, f"write {index} wrote nothing"
            await transaction.rollback()
    finally:
        await superuser.dispose()
