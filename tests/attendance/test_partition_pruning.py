"""Every read of the history touches the months it asks for (ADR 0025): the lists and the
calendar by their dates, the CCUS answers and the fold by the times they carry. A work day asked
for by id alone (an id from a URL) costs one index probe per month, never a scan."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Iterator
from datetime import date
from typing import Any

from sqlalchemy import TextClause, event, text
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import ORMExecuteState

from api.attendance.partition_repository import add_months, attached_months
from api.attendance.repository import WorkDayFilters, WorkDayRepository
from api.auth.scopes import Scope
from api.auth.subject import AuthSubject, SubjectKind
from api.kit.japan import business_today
from tests.attendance.staff_days import insert_staff_day
from tests.fixtures.factories import (
    create_business,
    create_site,
    create_site_worker,
    create_tenant,
    create_worker,
)


def _nodes(plan: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield plan
    for child in plan.get("Plans", []):
        yield from _nodes(child)


async def _scanned(
    session: AsyncSession, call: Callable[[], Awaitable[Any]]
) -> list[tuple[str, str]]:
    """The work-day partitions the statements `call` runs would read, and how."""
    statements: list[tuple[Any, Any]] = []

    def capture(state: ORMExecuteState) -> None:
        statements.append((state.statement, state.parameters))

    event.listen(session.sync_session, "do_orm_execute", capture)
    try:
        await call()
    finally:
        event.remove(session.sync_session, "do_orm_execute", capture)
    scanned = []
    for statement, parameters in statements:
        if isinstance(statement, TextClause):
            sql, params = statement.text, parameters
        else:
            compiled = statement.compile(
                dialect=session.get_bind().dialect, compile_kwargs={"literal_binds": True}
            )
            sql, params = str(compiled), {}
        document: Any = (
            await session.execute(text("EXPLAIN (FORMAT JSON) " + sql), params)
        ).scalar()
        root = (json.loads(document) if isinstance(document, str) else document)[0]["Plan"]
        scanned += [
            (node["Relation Name"], node["Node Type"])
            for node in _nodes(root)
            if node.get("Relation Name", "").startswith("work_days_")
        ]
    return scanned


async def test_lists_calendar_and_ids_read_only_what_they_ask_for(session: AsyncSession) -> None:
    tenant = await create_tenant(session)
    site = await create_site(session, tenant, ccus_site_id="12345678901234")
    worker = await create_worker(session, tenant, await create_business(session, tenant))
    await create_site_worker(session, tenant, site, worker)
    this_month = business_today().replace(day=1)
    months = [add_months(this_month, -step) for step in (3, 2, 1)]
    ids = [
        await insert_staff_day(session, tenant.id, site.id, worker.id, month.replace(day=10))
        for month in months
    ]
    subject = AuthSubject(
        tenant_id=tenant.id, kind=SubjectKind.user, scopes=frozenset({Scope.attendance_read})
    )
    repository = WorkDayRepository(session)
    asked = months[1]
    last = add_months(asked, 1).replace(day=1)
    month_name = f"work_days_p{asked:%Y%m}"

    site_month = repository.filtered(
        subject,
        WorkDayFilters(site_id=site.id, date_from=asked, date_to=date(last.year, last.month, 1)),
    )
    listed = await _scanned(session, lambda: repository.rows(site_month, 20))
    assert {name for name, _ in listed} <= {month_name, f"work_days_p{last:%Y%m}"}, listed
    assert month_name in {name for name, _ in listed}

    calendar = await _scanned(
        session, lambda: repository.month(tenant.id, site.id, asked, asked.replace(day=28))
    )
    assert {name for name, _ in calendar} == {month_name}, calendar

    # An id from a URL carries no date: one index probe per month (and DEFAULT), no scan.
    months_now = len(await attached_months(session, "work_days")) + 1
    by_id = await _scanned(session, lambda: repository.visible_row(subject, ids[1]))
    assert len({name for name, _ in by_id}) == months_now, by_id
    assert all(kind.startswith("Index") for _, kind in by_id), by_id

    # The fold's enqueue for CCUS carries each day's date: one month read per day.
    linked = repository.on_ccus_sites(tenant.id, [(ids[1], asked.replace(day=10))])
    assert list((await session.execute(linked)).scalars()) == [ids[1]]
    sql = linked.compile(dialect=session.get_bind().dialect, compile_kwargs={"literal_binds": True})
    document: Any = (await session.execute(text(f"EXPLAIN (ANALYZE, FORMAT JSON) {sql}"))).scalar()
    root = (json.loads(document) if isinstance(document, str) else document)[0]["Plan"]
    ran = {
        node["Relation Name"]
        for node in _nodes(root)
        if node.get("Relation Name", "").startswith("work_days_") and node["Actual Loops"] > 0
    }
    assert ran == {month_name}, ran
