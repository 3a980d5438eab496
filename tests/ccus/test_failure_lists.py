"""The failure lists name whose each record is (structure rows too), filter by whose, code and
date, and a bulk 再送 re-queues exactly the rows its filter or ids mean."""

from __future__ import annotations

from typing import Any

from api.models.ccus_outbox import OutboxKind, OutboxStatus
from api.models.user import UserRole
from tests.ccus.crowd import STRANGER_ONE, Crowd, refused_crowd
from tests.ccus.outbound import Outbound
from tests.ccus.outbox_reads import outbox_rows
from tests.ccus.world import COMTEX, OISO
from tests.fixtures.factories import bearer, create_user

FAILURES = "/api/v1/ccus/results/failures"


async def _admin(outbound: Outbound, crowd: Crowd) -> dict[str, str]:
    return bearer(outbound.settings, await create_user(outbound.session, crowd.tenant))


async def _failures(outbound: Outbound, headers: dict[str, str], query: str = "") -> Any:
    answer = await outbound.client.get(f"{FAILURES}?limit=50&{query}", headers=headers)
    assert answer.status_code == 200, answer.text
    return answer.json()["items"]


def _whose(items: list[dict[str, Any]]) -> set[tuple[str, str | None, str | None]]:
    return {
        (item["kind"], item["worker"]["id"] if item["worker"] else None, item["work_date"])
        for item in items
    }


async def test_a_refused_structure_record_names_its_branch_site_business_and_worker(
    outbound: Outbound,
) -> None:
    crowd = await refused_crowd(outbound)
    headers = await _admin(outbound, crowd)
    [row] = await _failures(outbound, headers, f"kind=structure&site_id={crowd.sites[0].id}")
    assert (row["status"], row["error_code"]) == ("rejected", "DATK0408E")
    site, branch = crowd.sites[0], crowd.branches[0]
    assert row["branch"] == {"id": str(branch.id), "name": branch.name, "ccus_id": None}
    assert row["site"] == {"id": str(site.id), "name": site.name, "ccus_id": OISO}
    business, worker = crowd.businesses[0], crowd.workers[0]
    assert row["business"] == {"id": str(business.id), "name": business.name, "ccus_id": COMTEX}
    assert row["worker"] == {
        "id": str(worker.id),
        "name": f"{worker.family_name} {worker.given_name}",
        "ccus_id": STRANGER_ONE,
    }
    one = await outbound.client.get(f"/api/v1/ccus/outbox/{row['id']}", headers=headers)
    assert one.json() == row


async def test_the_failure_list_filters_by_whose_code_and_date(outbound: Outbound) -> None:
    crowd = await refused_crowd(outbound)
    headers = await _admin(outbound, crowd)
    one, two = (str(worker.id) for worker in crowd.workers)
    everything = await _failures(outbound, headers)
    assert _whose(everything) == {
        ("work_day", one, "2026-11-03"),
        ("work_day", two, "2026-11-04"),
        ("work_day", one, "2026-11-05"),
        ("structure", one, None),  # site A: one's difference refused
        ("structure", two, None),  # site B: two's
    }
    assert {item["error_code"] for item in everything} == {"DATK0408E"}
    cases = {
        f"site_id={crowd.sites[1].id}": {
            ("work_day", two, "2026-11-04"),
            ("structure", two, None),
        },
        f"branch_id={crowd.branches[0].id}": {
            ("work_day", one, "2026-11-03"),
            ("work_day", one, "2026-11-05"),
            ("structure", one, None),
        },
        f"worker_id={one}": {
            ("work_day", one, "2026-11-03"),
            ("work_day", one, "2026-11-05"),
            ("structure", one, None),
        },
        f"business_id={crowd.businesses[1].id}": {
            ("work_day", two, "2026-11-04"),
            ("structure", two, None),
        },
        "kind=work_day&date_from=2026-11-04&date_to=2026-11-04": {("work_day", two, "2026-11-04")},
        "kind=work_day&date_from=2026-11-04": {
            ("work_day", two, "2026-11-04"),
            ("work_day", one, "2026-11-05"),
        },
        "code=DATK0402E": set(),
        "code=DATK0408E&kind=work_day&date_to=2026-11-03": {("work_day", one, "2026-11-03")},
    }
    for query, expected in cases.items():
        assert _whose(await _failures(outbound, headers, query)) == expected, query
    outbox = await outbound.client.get(
        f"/api/v1/ccus/outbox?status=rejected&worker_id={two}", headers=headers
    )
    assert _whose(outbox.json()["items"]) == {
        ("work_day", two, "2026-11-04"),
        ("structure", two, None),
    }


async def test_a_bulk_resend_requeues_exactly_the_rows_its_filter_or_ids_mean(
    outbound: Outbound,
) -> None:
    crowd = await refused_crowd(outbound)
    headers = await _admin(outbound, crowd)
    one, two = crowd.workers
    resend = "/api/v1/ccus/outbox/resend"
    days = {
        item["id"]: item["worker"]["id"]
        for item in await _failures(outbound, headers, "kind=work_day")
    }
    body = {"filter": {"worker_id": str(one.id), "kind": "work_day"}}
    answer = await outbound.client.post(resend, json=body, headers=headers)
    assert answer.json() == {"requeued": 2}, answer.text
    pending = await outbox_rows(
        outbound.session, crowd.tenant.id, OutboxKind.work_day, OutboxStatus.pending
    )
    # The refused rows themselves go back; the others stay refused.
    assert sorted(days[str(row.id)] for row in pending) == [str(one.id)] * 2
    left = await _failures(outbound, headers, "kind=work_day")
    assert [item["worker"]["id"] for item in left] == [str(two.id)]
    [two_day] = await _failures(outbound, headers, f"kind=work_day&worker_id={two.id}")
    answer = await outbound.client.post(resend, json={"ids": [two_day["id"]]}, headers=headers)
    assert answer.json() == {"requeued": 1}
    pending = await outbox_rows(
        outbound.session, crowd.tenant.id, OutboxKind.work_day, OutboxStatus.pending
    )
    assert len(pending) == 3
    # A pending row is on its way already: naming it re-queues nothing.
    answer = await outbound.client.post(resend, json={"ids": [str(pending[0].id)]}, headers=headers)
    assert answer.json() == {"requeued": 0}
    both = {"ids": [two_day["id"]], "filter": {"kind": "work_day"}}
    refused = await outbound.client.post(resend, json=both, headers=headers)
    assert refused.status_code == 422
    assert [(e["code"], e["loc"]) for e in refused.json()["errors"]] == [
        ("outbox.ids_or_filter", ["body", "filter"])
    ]


async def test_a_bulk_resend_by_branch_staff_stays_inside_their_branch(
    outbound: Outbound,
) -> None:
    crowd = await refused_crowd(outbound)
    staff = await create_user(
        outbound.session, crowd.tenant, UserRole.staff, branches=[crowd.branches[0]]
    )
    headers = bearer(outbound.settings, staff)
    answer = await outbound.client.post("/api/v1/ccus/outbox/resend", json={}, headers=headers)
    assert answer.json() == {"requeued": 3}, answer.text  # site A's two days and structure
    structure = await outbox_rows(
        outbound.session, crowd.tenant.id, OutboxKind.structure, OutboxStatus.pending
    )
    assert [row.entity_id for row in structure] == [crowd.sites[0].id]
    work_days = await outbox_rows(
        outbound.session, crowd.tenant.id, OutboxKind.work_day, OutboxStatus.pending
    )
    assert len(work_days) == 2
