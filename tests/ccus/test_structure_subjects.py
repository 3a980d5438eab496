"""A refused or held 施工体制 record lists every difference CCUS refused in it (or that waits for an
ID), each with its business, worker and 入退場日 — the seed's エラー対象者一覧 (lines 985–1000) —
not only the first one."""

from __future__ import annotations

from typing import Any

from api.ccus import dispatcher
from tests.attendance.terminal_helpers import event, terminal_headers
from tests.ccus.crowd import STRANGER_ONE, STRANGER_TWO, TAKEBASHI
from tests.ccus.outbound import Outbound
from tests.ccus.world import COMTEX, KAWAGOE, OISO, sealed
from tests.fixtures.factories import (
    bearer,
    create_business,
    create_site,
    create_tenant,
    create_user,
    create_worker,
)


async def test_a_structure_record_lists_every_refused_or_waiting_difference_with_whose_it_is(
    outbound: Outbound,
) -> None:
    session, settings = outbound.session, outbound.settings
    tenant = await create_tenant(session)
    oiso = await create_site(session, tenant, ccus_site_id=OISO)
    takebashi = await create_site(session, tenant, ccus_site_id=TAKEBASHI)
    comtex = await create_business(session, tenant, ccus_business_id=COMTEX)
    comtex.verification_number_encrypted = sealed(settings, "1234", "businesses", comtex)
    # No 事業者ID yet: its differences wait (CCUS would refuse them, DATK0402E).
    unlinked = await create_business(session, tenant)
    one = await create_worker(session, tenant, comtex, ccus_worker_id=STRANGER_ONE)
    two = await create_worker(session, tenant, comtex, ccus_worker_id=STRANGER_TWO)
    known = await create_worker(session, tenant, comtex, ccus_worker_id=KAWAGOE)
    waiting = await create_worker(session, tenant, unlinked, ccus_worker_id="98000000000001")
    await session.flush()
    gate = await terminal_headers(session, settings, tenant, [oiso.id, takebashi.id])
    events = []
    for site, worker, day in (
        (oiso, one, "2026-11-03"),
        (oiso, two, "2026-11-04"),
        (oiso, known, "2026-11-04"),
        (takebashi, waiting, "2026-11-05"),
    ):
        key = f"subjects-{worker.id}-{day}"
        events += [
            event(f"{key}-in", site.id, worker.id, "entry", f"{day} 08:00"),
            event(f"{key}-out", site.id, worker.id, "exit", f"{day} 17:00"),
        ]
    answer = await outbound.client.post(
        "/api/v1/terminal/events", json={"events": events}, headers=gate
    )
    assert answer.json()["accepted"] == 8, answer.text
    await outbound.fold(tenant.id)
    await outbound.due_tenant(tenant)
    deps = outbound.deps()
    await dispatcher.dispatch(deps)
    await dispatcher.collect(deps)

    headers = bearer(settings, await create_user(session, tenant))
    listed = await outbound.client.get(
        "/api/v1/ccus/results/failures?kind=structure", headers=headers
    )
    rows = {row["site"]["id"]: row for row in listed.json()["items"]}
    refused, held = rows[str(oiso.id)], rows[str(takebashi.id)]

    assert refused["status"] == "rejected"
    assert len(refused["subjects"]) == 2
    assert {_line(subject) for subject in refused["subjects"]} == {
        (COMTEX, f"{one.family_name} {one.given_name}", STRANGER_ONE, "2026-11-03", "DATK0408E"),
        (COMTEX, f"{two.family_name} {two.given_name}", STRANGER_TWO, "2026-11-04", "DATK0408E"),
    }
    for subject in refused["subjects"]:
        assert subject["worker"]["ccus_id"] in subject["error_message"]

    assert held["status"] == "held"
    # The business's own difference and its worker's: both wait for the 事業者ID.
    assert len(held["subjects"]) == 2
    assert {_line(subject) for subject in held["subjects"]} == {
        (None, None, None, None, "GENB0002E"),
        (
            None,
            f"{waiting.family_name} {waiting.given_name}",
            "98000000000001",
            "2026-11-05",
            "GENB0002E",
        ),
    }
    assert {subject["business"]["name"] for subject in held["subjects"]} == {unlinked.name}

    # The one record as the fix page reads it lists the same.
    one_row = await outbound.client.get(f"/api/v1/ccus/outbox/{refused['id']}", headers=headers)
    assert one_row.json()["subjects"] == refused["subjects"]


def _line(subject: dict[str, Any]) -> tuple[Any, ...]:
    worker = subject["worker"] or {}
    return (
        subject["business"]["ccus_id"],
        worker.get("name"),
        worker.get("ccus_id"),
        subject["work_date"],
        subject["error_code"] or subject["hold_code"],
    )
