"""Folding across separate runs: the same events split into any number of folds, in any order,
with replays and staff bulk entries (一括登録) in between, end in the work days, site workers,
structure and structure differences that `fold_oracle` computes from the events alone.

Each example runs in a savepoint of the test's transaction, rolled back afterwards. The default
run is small and derandomized (the same examples every time); `GENBA_PROPERTY_EXAMPLES=500`
(make reliability) explores with a random seed, and a failure prints its reproduction blob."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any
from uuid import UUID

import pytest
from httpx import AsyncClient
from hypothesis import HealthCheck, Phase, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from api.config import Settings
from api.db import SessionMaker, set_tenant
from api.kit.japan import TOKYO
from api.models.worker import WorkerOccupation
from tests.attendance.fold_oracle import (
    MINUTES_PER_DAY,
    Bulk,
    Expected,
    Manual,
    Punch,
    Step,
    day_of,
    expected,
    instant,
)
from tests.attendance.terminal_helpers import terminal_headers
from tests.fixtures.factories import (
    REBAR,
    REBAR_WELDING,
    bearer,
    create_business,
    create_site,
    create_tenant,
    create_user,
    create_worker,
)
from tests.fixtures.jobs import Fold

EXPLORE = int(os.environ.get("GENBA_PROPERTY_EXAMPLES", "0"))
PROPERTY = hypothesis_settings(
    max_examples=EXPLORE or 25,
    derandomize=not EXPLORE,
    database=None,
    deadline=None,
    print_blob=True,
    # An example costs a few hundred ms: the default run reports its first failing example as
    # found (the same one every run) instead of spending minutes shrinking it.
    phases=[Phase.explicit, Phase.generate, *([Phase.shrink] if EXPLORE else [])],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
DAYS = 3  # punches fall within three days after the base midnight


@dataclass(frozen=True)
class Scenario:
    boundary_hour: int
    sites: int
    business_of: list[int]  # per worker: business 0 or 1
    steps: list[Step]
    replay: bool  # each terminal batch is sent again with the next one


@st.composite
def scenarios(draw: st.DrawFn) -> Scenario:
    sites = draw(st.integers(1, 2))
    business_of = draw(st.lists(st.integers(0, 1), min_size=1, max_size=3))
    workers = st.integers(0, len(business_of) - 1)
    minute = st.integers(0, DAYS * MINUTES_PER_DAY - 1)
    punches = draw(
        st.lists(
            st.builds(
                Punch,
                site=st.integers(0, sites - 1),
                worker=workers,
                kind=st.sampled_from(["entry", "exit"]),
                minute=minute,
            ),
            min_size=1,
            max_size=12,
        )
    )
    folds = draw(st.integers(1, 4))
    fold_of = draw(
        st.lists(st.integers(0, folds - 1), min_size=len(punches), max_size=len(punches))
    )
    order = draw(st.permutations(range(len(punches))))
    batches: list[Step] = [
        tuple(punches[i] for i in order if fold_of[i] == number) for number in range(folds)
    ]
    steps = [batch for batch in batches if batch]
    clock = st.builds(time, st.integers(0, 23), st.sampled_from([0, 15, 30, 59]))
    bulks = draw(
        st.lists(
            st.builds(
                Bulk,
                site=st.integers(0, sites - 1),
                worker=workers,
                first_day=st.integers(0, DAYS - 1),
                days=st.integers(1, 2),
                entry=clock,
                exit=st.none() | clock,
                named=st.booleans(),
            ),
            max_size=2,
        )
    )
    manuals = draw(
        st.lists(
            st.builds(
                _manual,
                site=st.integers(0, sites - 1),
                worker=workers,
                start=minute,
                length=st.none() | st.integers(0, 16 * 60),
                exit_only=st.booleans(),
                named=st.booleans(),
            ),
            max_size=2,
        )
    )
    staff_steps: list[Step] = [*bulks, *manuals]
    for staff in staff_steps:
        steps.insert(draw(st.integers(0, len(steps))), staff)
    return Scenario(draw(st.integers(0, 12)), sites, business_of, steps, draw(st.booleans()))


def _manual(
    site: int, worker: int, start: int, length: int | None, exit_only: bool, named: bool
) -> Manual:
    """An entry with an exit `length` minutes later or none, or (exit_only) an exit alone."""
    if exit_only:
        return Manual(site, worker, None, start, named)
    return Manual(site, worker, start, None if length is None else start + length, named)


@dataclass(frozen=True)
class World:
    tenant_id: UUID
    sites: list[UUID]
    businesses: list[UUID]
    workers: list[UUID]
    terminal: dict[str, str]
    staff: dict[str, str]


async def build_world(session: AsyncSession, settings_: Settings, scenario: Scenario) -> World:
    tenant = await create_tenant(session)
    tenant.day_boundary_hour = scenario.boundary_hour
    businesses = [await create_business(session, tenant) for _ in range(2)]
    workers = []
    for business in scenario.business_of:
        worker = await create_worker(session, tenant, businesses[business])
        session.add(
            WorkerOccupation(tenant_id=tenant.id, worker_id=worker.id, occupation_id=REBAR_WELDING)
        )
        workers.append(worker.id)
    sites = [(await create_site(session, tenant)).id for _ in range(scenario.sites)]
    await session.flush()
    return World(
        tenant.id,
        sites,
        [business.id for business in businesses],
        workers,
        await terminal_headers(session, settings_, tenant, sites),
        bearer(settings_, await create_user(session, tenant)),
    )


def _event(world: World, number: int, punch: Punch, base: datetime) -> dict[str, Any]:
    return {
        "event_id": f"e{number}",
        "site_id": str(world.sites[punch.site]),
        "worker_id": str(world.workers[punch.worker]),
        "kind": punch.kind,
        "occurred_at": instant(punch.minute, base).isoformat(),
    }


async def run_steps(
    client: AsyncClient,
    fold: Fold,
    world: World,
    scenario: Scenario,
    base: datetime,
    want: Expected,
) -> None:
    sent = 0
    previous: list[dict[str, Any]] = []
    for index, step in enumerate(scenario.steps):
        if isinstance(step, Bulk):
            await _bulk(client, world, step, base)
            continue
        if isinstance(step, Manual):
            await _manual_entry(client, world, step, base, refused=index in want.refused)
            continue
        batch = [_event(world, sent + i, punch, base) for i, punch in enumerate(step)]
        sent += len(batch)
        replayed = previous if scenario.replay else []
        response = await client.post(
            "/api/v1/terminal/events", json={"events": replayed + batch}, headers=world.terminal
        )
        answer = response.json()
        assert (answer["accepted"], answer["duplicates"]) == (len(batch), len(replayed)), answer
        assert await fold(world.tenant_id) == len(batch)
        previous = batch


async def _bulk(client: AsyncClient, world: World, bulk: Bulk, base: datetime) -> None:
    first = base.date() + timedelta(days=bulk.first_day)
    row: dict[str, Any] = {
        "worker_id": str(world.workers[bulk.worker]),
        "entry_time": bulk.entry.isoformat(),
        "exit_time": bulk.exit.isoformat() if bulk.exit else None,
    }
    if bulk.named:
        row["occupation_id"] = str(REBAR_WELDING)
    body = {
        "site_id": str(world.sites[bulk.site]),
        "date_from": first.isoformat(),
        "date_to": (first + timedelta(days=bulk.days - 1)).isoformat(),
        "rows": [row],
    }
    response = await client.post("/api/v1/attendance/bulk", json=body, headers=world.staff)
    assert response.status_code == 200, response.text


async def _manual_entry(
    client: AsyncClient, world: World, manual: Manual, base: datetime, *, refused: bool
) -> None:
    body = {
        "site_id": str(world.sites[manual.site]),
        "worker_id": str(world.workers[manual.worker]),
        "entry_at": None if manual.entry is None else instant(manual.entry, base).isoformat(),
        "exit_at": None if manual.exit is None else instant(manual.exit, base).isoformat(),
        "occupation_id": str(REBAR_WELDING) if manual.named else None,
    }
    response = await client.post("/api/v1/attendance", json=body, headers=world.staff)
    if refused:
        assert (response.status_code, response.json()["code"]) == (409, "work_day.exists")
    else:
        assert response.status_code == 201, response.text


def _tokyo(instant: datetime | None) -> datetime | None:
    # Compares equal either way; read in Tokyo time, a failure's diff is legible.
    return instant.astimezone(TOKYO) if instant else None


async def assert_folded(
    session: AsyncSession, world: World, scenario: Scenario, base: datetime, want: Expected
) -> None:
    site = {site_id: index for index, site_id in enumerate(world.sites)}
    worker = {worker_id: index for index, worker_id in enumerate(world.workers)}
    business = {business_id: index for index, business_id in enumerate(world.businesses)}
    occupation = {REBAR: "primary", REBAR_WELDING: "named"}
    await set_tenant(session, world.tenant_id)

    def query(sql: str) -> Any:
        return session.execute(text(sql), {"tenant_id": world.tenant_id})

    days = (
        await query(
            "SELECT id, site_id, worker_id, work_date, entry_at, exit_at, occupation_id,"
            " business_id FROM work_days WHERE tenant_id = :tenant_id"
        )
    ).all()
    got = {
        (site[d.site_id], worker[d.worker_id], d.work_date): (
            _tokyo(d.entry_at),
            _tokyo(d.exit_at),
            occupation[d.occupation_id],
        )
        for d in days
    }
    assert len(got) == len(days)
    assert got == want.days
    assert all(business[d.business_id] == scenario.business_of[worker[d.worker_id]] for d in days)
    # Whatever path made it, a day's first entry lies in that work date under the boundary.
    shift = timedelta(hours=scenario.boundary_hour)
    assert [
        (d.work_date, d.entry_at)
        for d in days
        if d.entry_at and (d.entry_at.astimezone(TOKYO) - shift).date() != d.work_date
    ] == []

    site_workers = (
        await query(
            "SELECT site_id, worker_id, business_id, occupation_id, first_work_date"
            " FROM site_workers WHERE tenant_id = :tenant_id"
        )
    ).all()
    assert {(site[w.site_id], worker[w.worker_id]): w.first_work_date for w in site_workers} == (
        want.site_workers
    )
    assert len(site_workers) == len(want.site_workers)
    assert all(w.occupation_id == REBAR for w in site_workers)
    structure = (
        await query(
            "SELECT site_id, business_id, tier FROM site_businesses WHERE tenant_id = :tenant_id"
        )
    ).all()
    assert sorted((site[s.site_id], business[s.business_id], s.tier) for s in structure) == sorted(
        (s, b, 1) for s, b in want.site_businesses
    )
    differences = (
        await query(
            "SELECT kind, site_id, business_id, worker_id FROM structure_changes"
            " WHERE tenant_id = :tenant_id"
        )
    ).all()
    assert sorted(
        (c.kind, site[c.site_id], business[c.business_id], worker.get(c.worker_id))
        for c in differences
    ) == sorted(want.differences.elements(), key=lambda c: (c[0], c[1], c[2], c[3] or -1))

    # Every event went into the work day of its own key.
    day_ids = {(d.site_id, d.worker_id, d.work_date): d.id for d in days}
    events = (
        await query(
            "SELECT site_id, worker_id, occurred_at, work_day_id FROM attendance_events"
            " WHERE tenant_id = :tenant_id"
        )
    ).all()
    punches = [p for step in scenario.steps if isinstance(step, tuple) for p in step]
    assert len(events) == len(punches)
    base_date = base.date()
    for e in events:
        minute = int((e.occurred_at - base) / timedelta(minutes=1))
        key_day = day_of(minute, base_date, scenario.boundary_hour)
        assert e.work_day_id == day_ids[(e.site_id, e.worker_id, key_day)]


@pytest.mark.timeout(120 + 3 * EXPLORE)
@PROPERTY
@given(scenario=scenarios())
async def test_folds_in_any_split_and_order_end_as_one_fold_of_all_events(
    scenario: Scenario,
    client: AsyncClient,
    connection: AsyncConnection,
    sessionmaker: SessionMaker,
    settings: Settings,
    fold: Fold,
) -> None:
    today = datetime.now(TOKYO).date()
    # A Tokyo midnight recent enough for terminals and far enough from now for the bulk form.
    base = datetime.combine(today - timedelta(days=10), time(), TOKYO)
    want = expected(scenario.steps, base, scenario.boundary_hour, scenario.business_of)
    example = await connection.begin_nested()
    try:
        async with sessionmaker() as session:
            world = await build_world(session, settings, scenario)
            await session.commit()
        await run_steps(client, fold, world, scenario, base, want)
        async with sessionmaker() as session:
            await assert_folded(session, world, scenario, base, want)
    finally:
        await example.rollback()
