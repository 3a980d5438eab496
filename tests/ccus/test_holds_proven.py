"""Every rule genba keeps a record back by (api/ccus/holds.py) is proven against CCUS: genba
holds the record with the rule's code and state, and the same record sent to the sandbox
anyway is refused with the code the rule names. A rule CCUS would not refuse has no place."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
import pytest_asyncio

from api.ccus import dispatcher
from api.ccus.holds import STRUCTURE_RULES, STRUCTURE_SITE_NOT_LINKED, WORK_DAY_RULES, HoldRule
from api.ccus.repositories import OutboxRepository
from api.ccus.senders.structure import _ACTIONS
from api.models.ccus_outbox import OutboxKind, OutboxStatus
from api.models.ccus_state import CcusState
from api.structure.change_repository import StructureChangeRepository
from tests.ccus.outbound import Outbound
from tests.ccus.outbox_reads import outbox_rows, work_day_of
from tests.ccus.world import World
from tests.ccus_sandbox.helpers import AUTH, record_results, structure_results

RULES = {rule.missing: rule for rule in WORK_DAY_RULES}
WAITS = {rule.missing: rule for rule in STRUCTURE_RULES}


@pytest_asyncio.fixture(loop_scope="session")
async def ccus(sandbox_url: str) -> AsyncIterator[httpx.AsyncClient]:
    """The sandbox process as genba's gateway reaches it, for what genba would not send."""
    async with httpx.AsyncClient(base_url=sandbox_url, headers=AUTH) as client:
        yield client


def _without(record: dict[str, Any]) -> dict[str, Any]:
    """The record as it would go with the ID missing: the field left out."""
    return {field: value for field, value in record.items() if value is not None}


async def _held_world(outbound: Outbound, missing: str) -> World:
    world = await outbound.world()
    entity = {"site": world.site, "business": world.business, "worker": world.worker}[missing]
    setattr(entity, f"ccus_{missing}_id", None)
    await outbound.session.flush()
    await outbound.attend(world, "2026-11-06", prefix=f"proof-{missing}-")
    await outbound.due(world)
    await dispatcher.dispatch(outbound.deps())
    return world


@pytest.mark.parametrize("missing", sorted(RULES))
async def test_each_work_day_rule_holds_what_ccus_refuses(
    outbound: Outbound, ccus: httpx.AsyncClient, missing: str
) -> None:
    rule: HoldRule = RULES[missing]
    world = await _held_world(outbound, missing)
    day = await work_day_of(outbound.session, world.tenant.id)
    assert (day.ccus_state, day.ccus_hold_code, day.ccus_error_code) == (
        CcusState(rule.status.value),
        rule.code,
        None,
    )
    record = {
        "key": f"proof-{missing}-{day.id}",
        "site_id": world.site.ccus_site_id,
        "business_id": world.business.ccus_business_id,
        "worker_id": world.worker.ccus_worker_id,
        "work_date": day.work_date.isoformat(),
    }
    [sent_anyway] = await record_results(ccus, _without(record))
    assert (sent_anyway["status"], sent_anyway["code"]) == ("error", rule.refused_with)


@pytest.mark.parametrize("missing", sorted(WAITS))
async def test_each_structure_wait_holds_what_ccus_refuses(
    outbound: Outbound, ccus: httpx.AsyncClient, missing: str
) -> None:
    rule = WAITS[missing]
    world = await _held_world(outbound, missing)
    [row] = await outbox_rows(outbound.session, world.tenant.id, OutboxKind.structure)
    assert (row.status, row.hold_code, row.error_code) == (rule.status, rule.code, None)
    waiting = await StructureChangeRepository(outbound.session).unsent(
        world.tenant.id, world.site.id
    )
    differences = [
        _without(
            {
                "key": f"proof:{change.id}",
                "action": _ACTIONS[change.kind],
                "business_id": change.ccus_business_id,
                "tier": change.tier,
                "upper_business_id": change.upper_ccus_id,
                "worker_id": change.ccus_worker_id if change.kind.startswith("worker") else None,
            }
        )
        for change in waiting
        if missing == "business" or change.kind.startswith("worker")
    ]
    assert differences
    answers = await structure_results(ccus, world.site.ccus_site_id or "", *differences)
    assert {(answer["status"], answer["code"]) for answer in answers} == {
        ("error", rule.refused_with)
    }


async def test_a_site_without_a_site_id_has_no_structure_to_send_to(outbound: Outbound) -> None:
    """Not a hold but 送信対象外: CCUS's 施工体制 is addressed by the 現場ID."""
    world = await outbound.world()
    world.site.ccus_site_id = None
    await outbound.session.flush()
    outbox = OutboxRepository(outbound.session)
    await outbox.enqueue(world.tenant.id, OutboxKind.structure, [world.site.id], datetime.now(UTC))
    await dispatcher.dispatch(outbound.deps())
    rows = await outbox_rows(outbound.session, world.tenant.id, OutboxKind.structure)
    assert [(row.status, row.hold_code) for row in rows] == [
        (OutboxStatus.not_applicable, STRUCTURE_SITE_NOT_LINKED)
    ]
