"""What the P3/P7 reads cost inside PostgreSQL, in figures a loaded machine does not move much:
the buffers each read touches (the same on any machine for the same data and plan) and its
execution time as EXPLAIN ANALYZE measures it (no HTTP, no Python)."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import ORMExecuteState
from sqlalchemy.sql import ClauseElement

from api.attendance.repository import WorkDayFilters, WorkDayRepository
from api.auth.scopes import Scope
from api.auth.subject import AuthSubject, SubjectKind
from api.db import set_tenant, unit_of_work
from api.kit.pagination import PageParams
from bench.harness import Figure, Report, Stack
from bench.setup import World

FIRST, LAST = date(2026, 2, 1), date(2026, 2, 28)


async def _captured(session: AsyncSession, call: Callable[[], Awaitable[Any]]) -> list[str]:
    """The statements `call` runs, with their values written in."""
    statements: list[str] = []

    def capture(state: ORMExecuteState) -> None:
        statement = state.statement
        if isinstance(statement, ClauseElement):
            compiled = statement.compile(
                dialect=session.get_bind().dialect, compile_kwargs={"literal_binds": True}
            )
            statements.append(str(compiled))

    event.listen(session.sync_session, "do_orm_execute", capture)
    try:
        await call()
    finally:
        event.remove(session.sync_session, "do_orm_execute", capture)
    return statements


async def _cost(session: AsyncSession, statements: list[str]) -> tuple[float, int]:
    """Execution ms and shared buffers (hit + read) of the statements, summed."""
    milliseconds, buffers = 0.0, 0
    for sql in statements:
        document: Any = (
            await session.execute(text("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + sql))
        ).scalar()
        top = (json.loads(document) if isinstance(document, str) else document)[0]
        milliseconds += top["Execution Time"]
        buffers += top["Plan"]["Shared Hit Blocks"] + top["Plan"]["Shared Read Blocks"]
    return milliseconds, buffers


async def measure_plans(stack: Stack, report: Report, name: str, world: World) -> None:
    subject = AuthSubject(
        tenant_id=world.tenant_id, kind=SubjectKind.user, scopes=frozenset({Scope.attendance_read})
    )
    site = world.site_ids[0]
    async with unit_of_work(stack.sessionmaker, None) as session:
        await set_tenant(session, world.tenant_id)
        repository = WorkDayRepository(session)
        page = PageParams(page=1, limit=20)
        reads: dict[str, Callable[[], Awaitable[Any]]] = {
            "attendance list, first page": lambda: repository.page(
                repository.filtered(subject, WorkDayFilters()), page
            ),
            "attendance list of a site, one month": lambda: repository.page(
                repository.filtered(
                    subject, WorkDayFilters(site_id=site, date_from=FIRST, date_to=LAST)
                ),
                page,
            ),
            "site calendar, one month": lambda: repository.month(
                world.tenant_id, site, FIRST, LAST
            ),
        }
        for read, call in reads.items():
            statements = await _captured(session, call)
            # Once to warm the cache as the HTTP runs did, then measured.
            await _cost(session, statements)
            milliseconds, buffers = await _cost(session, statements)
            report.add(Figure(name, f"server ms {read}", milliseconds, "ms"))
            report.add(Figure(name, f"buffers {read}", buffers, "blocks"))
