"""Terminal batches stay as cheap on a terminal's ten-thousandth batch as on its first: lookups
probe an index per event instead of reading everything the terminal or tenant ever stored, even
while the planner's statistics still describe the table as it was before a burst."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from httpx import AsyncClient
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from api.attendance.day_upsert_repository import _UPSERT_DAYS
from api.attendance.event_repository import CLAIM, LINK, STORED_EVENTS, months_spanned
from api.config import Settings
from api.db import set_tenant
from api.kit.ids import uuid7
from api.models.attendance import AttendanceEvent
from tests.attendance.terminal_endpoint import URL
from tests.attendance.terminal_helpers import event, terminal_headers
from tests.fixtures.factories import create_business, create_site, create_tenant, create_worker
from tests.fixtures.jobs import Fold


def _nodes(plan: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield plan
    for child in plan.get("Plans", []):
        yield from _nodes(child)


async def _plan(
    session: AsyncSession, statement: Any, params: dict[str, Any]
) -> list[dict[str, Any]]:
    explained = await session.execute(
        text("EXPLAIN (ANALYZE, FORMAT JSON) " + statement.text), params
    )
    document = explained.scalar_one()
    root = (json.loads(document) if isinstance(document, str) else document)[0]["Plan"]
    return list(_nodes(root))


def _ran_on(node: dict[str, Any], table: str) -> bool:
    """A scan of one of `table`'s partitions that ran (pruned ones never do)."""
    relation = node.get("Relation Name") or ""
    return relation.startswith(f"{table}_") and node.get("Actual Loops", 0) > 0


def _probes(node: dict[str, Any], *terms: str) -> bool:
    """The scan finds its rows by an index on `terms` and throws none away: an index scan, or a
    bitmap heap scan whose index conditions it rechecks (the planner picks either for a probe,
    by statistics a busy table gathers at its own pace)."""
    kind = node.get("Node Type")
    if kind in ("Index Scan", "Index Only Scan"):
        condition = node.get("Index Cond", "")
    elif kind == "Bitmap Heap Scan":
        condition = node.get("Recheck Cond", "")
    else:
        return False
    return all(term in condition for term in terms) and not node.get("Rows Removed by Filter")


def _scans(plan: list[dict[str, Any]]) -> str:
    """The scans of a plan, in a line each: what a failed assertion needs to show."""
    keys = ("Node Type", "Relation Name", "Index Name", "Index Cond", "Recheck Cond", "Filter")
    return "\n".join(
        json.dumps({key: node[key] for key in keys if key in node}, ensure_ascii=False)
        for node in plan
        if "Scan" in node.get("Node Type", "")
    )


async def test_connections_plan_each_statement_with_its_own_values(engine: AsyncEngine) -> None:
    async with engine.connect() as connection:
        mode = await connection.scalar(text("SHOW plan_cache_mode"))
    assert mode == "force_custom_plan"


async def test_replay_fold_and_day_lookups_probe_an_index_per_row(
    client: AsyncClient, session: AsyncSession, settings: Settings, fold: Fold
) -> None:
    tenant = await create_tenant(session)
    site = await create_site(session, tenant)
    business = await create_business(session, tenant)
    workers = [await create_worker(session, tenant, business) for _ in range(5)]
    headers = await terminal_headers(session, settings, tenant, [site.id])
    start = date.today() - timedelta(days=60)
    for day in range(40):
        batch = [
            event(
                f"e-{day}-{worker.id}-{kind}",
                site.id,
                worker.id,
                kind,
                f"{start + timedelta(days=day)} {hour}",
            )
            for worker in workers
            for kind, hour in (("entry", "08:00"), ("exit", "17:00"))
        ]
        response = await client.post(URL, json={"events": batch}, headers=headers)
        assert response.json()["accepted"] == len(batch), response.text
    assert await fold(tenant.id) == 400
    await set_tenant(session, tenant.id)
    terminal_id = await session.scalar(
        text("SELECT terminal_id FROM attendance_events WHERE tenant_id = :t LIMIT 1"),
        {"t": tenant.id},
    )
    # A busy gate's events, arrived faster than statistics are gathered, all in one month: the
    # month the link reads is a big one (not the first hours of a fresh month, where reading the
    # tenant's few rows is rightly the cheaper plan).
    busy = datetime.combine(start.replace(day=15), time(12), tzinfo=UTC)
    await session.execute(
        text(
            "INSERT INTO attendance_events (id, tenant_id, terminal_id, event_id, content_hash, "
            "site_id, worker_id, kind, occurred_at, result) "
            "SELECT gen_random_uuid(), :t, :terminal, 'old-' || n, '\\x00', :site, :worker, "
            "'entry', CAST(:busy AS timestamptz) - n * interval '1 second', 'accepted' "
            "FROM generate_series(1, 5000) n"
        ),
        {
            "t": tenant.id,
            "terminal": terminal_id,
            "site": site.id,
            "worker": workers[0].id,
            "busy": busy,
        },
    )

    replay = await _plan(
        session,
        STORED_EVENTS,
        {
            "tenant_id": tenant.id,
            "terminal_id": terminal_id,
            "ids": [f"e-3-{workers[0].id}-entry", "never-sent"],
        },
    )
    scans = [node for node in replay if _ran_on(node, AttendanceEvent.__tablename__)]
    # The key names the event and its month: one partition read, by its primary key.
    assert len(scans) == 1, _scans(replay)
    assert all(_probes(node, "(id = ", "occurred_at") for node in scans), _scans(replay)
    key_scans = [node for node in replay if node.get("Relation Name") == "attendance_event_keys"]
    assert key_scans, replay
    assert all(_probes(node, "event_id") for node in key_scans), _scans(replay)
    assert replay[0]["Actual Rows"] == 1
    assert not any(node.get("Rows Removed by Filter") for node in scans)

    # A day folded again finds its site worker by key, not by reading all the tenant's.
    folded_date = start + timedelta(days=3)
    upsert = await _plan(
        session,
        _UPSERT_DAYS,
        {
            "tenant_id": tenant.id,
            "source": "terminal",
            "id": [uuid7()],
            "site_id": [site.id],
            "worker_id": [workers[0].id],
            "business_id": [business.id],
            "work_date": [folded_date],
            "entry_at": [None],
            "exit_at": [None],
            "work_location": [None],
            "occupation_id": [None],
            "position_code": [None],
        },
    )
    site_worker_scans = [node for node in upsert if node.get("Relation Name") == "site_workers"]
    assert site_worker_scans, _scans(upsert)
    assert all(_probes(node, "worker_id") for node in site_worker_scans), _scans(upsert)

    # The fold's queue is read from its partial index: a folded event is never looked at again.
    claim = await _plan(session, CLAIM, {"tenant_id": tenant.id, "limit": 10})
    event_scans = [node for node in claim if _ran_on(node, "attendance_events")]
    queue_indexes = set(
        (
            await session.execute(
                text(
                    "SELECT inhrelid::regclass::text FROM pg_inherits "
                    "WHERE inhparent = 'ix_attendance_events_unfolded'::regclass"
                )
            )
        ).scalars()
    )
    assert event_scans, claim
    assert {node.get("Index Name") for node in event_scans} <= queue_indexes, claim
    # Linking folded events to their days probes each event by id.
    waiting, waiting_at = (
        await session.execute(
            text(
                "SELECT id, occurred_at FROM attendance_events "
                "WHERE tenant_id = :t AND event_id = 'old-1'"
            ),
            {"t": tenant.id},
        )
    ).one()
    link = await _plan(
        session,
        LINK,
        {
            "tenant_id": tenant.id,
            "ids": [waiting],
            "times": [waiting_at],
            **months_spanned([waiting_at]),
            "day_ids": [uuid7()],
        },
    )
    link_scans = [
        node for node in link if _ran_on(node, "attendance_events") and "Scan" in node["Node Type"]
    ]
    # The event's time names its month: one partition probed.
    assert len(link_scans) == 1, _scans(link)
    assert all(_probes(node, "id") for node in link_scans), _scans(link)
