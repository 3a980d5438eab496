"""施工体制技能者 edited by hand: 技能者追加 from the businesses on the structure, 保険加入状況 and
特別加入労災, 削除 refused while the worker has attendance on the site; each change a difference."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.models.structure import StructureChange
from tests.attendance.terminal_helpers import event, terminal_headers
from tests.fixtures.factories import (
    REBAR_WELDING,
    bearer,
    create_business,
    create_site,
    create_tenant,
    create_user,
    create_worker,
)
from tests.fixtures.jobs import Fold


async def _worker_changes(session: AsyncSession, site_id: UUID) -> list[tuple[str, UUID | None]]:
    rows = await session.execute(
        select(StructureChange.kind, StructureChange.worker_id).where(
            StructureChange.site_id == site_id, StructureChange.worker_id.is_not(None)
        )
    )
    return [(kind.value, worker_id) for kind, worker_id in rows.all()]


class TestSiteWorkerEditing:
    async def test_add_edit_and_remove_follow_the_rules_and_record_differences(
        self, client: AsyncClient, session: AsyncSession, settings: Settings, fold: Fold
    ) -> None:
        tenant = await create_tenant(session)
        site = await create_site(session, tenant)
        asagaya = await create_business(session, tenant)
        elsewhere = await create_business(session, tenant)
        attended = await create_worker(session, tenant, asagaya)
        added = await create_worker(
            session, tenant, asagaya, primary_occupation_id=REBAR_WELDING, phones=["09051000010"]
        )
        retired = await create_worker(session, tenant, asagaya, retired_on=date(2026, 1, 31))
        stranger = await create_worker(session, tenant, elsewhere)
        gate = await terminal_headers(session, settings, tenant, [site.id])
        await client.post(
            "/api/v1/terminal/events",
            json={"events": [event("1", site.id, attended.id, "entry", "2026-11-24 08:00")]},
            headers=gate,
        )
        await fold(tenant.id)
        headers = bearer(settings, await create_user(session, tenant))
        url = f"/api/v1/sites/{site.id}/workers"

        created = await client.post(
            url,
            json={
                "worker_id": str(added.id),
                "insurance": {"health": "03", "pension": "01"},
                "special_accident_insurance": True,
            },
            headers=headers,
        )
        assert created.status_code == 201, created.text
        body = created.json()
        assert (body["occupation_id"], body["phone"], body["has_attendance"]) == (
            str(REBAR_WELDING),
            "09051000010",
            False,
        )
        assert (body["insurance"]["health"], body["special_accident_insurance"]) == ("03", True)
        again = await client.post(url, json={"worker_id": str(added.id)}, headers=headers)
        assert (again.status_code, again.json()["code"]) == (409, "site_worker.exists")
        for worker, code in (
            (stranger.id, "site_worker.business_not_on_site"),
            (retired.id, "site_worker.worker_retired"),
            (site.id, "worker.not_found"),
        ):
            refused = await client.post(url, json={"worker_id": str(worker)}, headers=headers)
            assert refused.status_code == 422, refused.text
            [error] = refused.json()["errors"]
            assert (error["loc"], error["code"]) == (["body", "worker_id"], code)
        bad = await client.post(
            url,
            json={"worker_id": str(stranger.id), "insurance": {"employment": "99"}},
            headers=headers,
        )
        assert bad.status_code == 422

        edited = await client.patch(
            f"{url}/{added.id}",
            json={"insurance": {"employment": "01"}, "special_accident_insurance": False},
            headers=headers,
        )
        assert edited.status_code == 200, edited.text
        assert (edited.json()["insurance"]["employment"], edited.json()["insurance"]["health"]) == (
            "01",
            None,
        )
        assert edited.json()["special_accident_insurance"] is False

        kept = await client.delete(f"{url}/{attended.id}", headers=headers)
        assert (kept.status_code, kept.json()["code"]) == (409, "site_worker.has_attendance")
        assert (await client.delete(f"{url}/{added.id}", headers=headers)).status_code == 204
        gone = await client.delete(f"{url}/{added.id}", headers=headers)
        assert (gone.status_code, gone.json()["code"]) == (404, "site_worker.not_found")
        listed = (await client.get(url, headers=headers)).json()
        assert [row["worker"]["id"] for row in listed] == [str(attended.id)]

        # One transaction in this test: every difference has the same created_at.
        assert sorted(await _worker_changes(session, site.id)) == sorted(
            [
                ("worker_added", attended.id),
                ("worker_added", added.id),
                ("worker_updated", added.id),
                ("worker_removed", added.id),
            ]
        )

    async def test_structure_marks_the_prime_counts_spot_workers_and_numbers_display_order(
        self, client: AsyncClient, session: AsyncSession, settings: Settings, fold: Fold
    ) -> None:
        tenant = await create_tenant(session)
        site = await create_site(session, tenant)
        own = await create_business(session, tenant, code="B0001", is_own_company=True)
        sub = await create_business(session, tenant, code="B0002")
        late = await create_business(session, tenant, code="B0003")
        own_worker = await create_worker(session, tenant, own)
        sub_worker = await create_worker(session, tenant, sub)
        gate = await terminal_headers(session, settings, tenant, [site.id])
        await client.post(
            "/api/v1/terminal/events",
            json={
                "events": [
                    event("1", site.id, own_worker.id, "entry", "2026-11-24 08:00"),
                    event("2", site.id, sub_worker.id, "entry", "2026-11-24 08:00"),
                ]
            },
            headers=gate,
        )
        await fold(tenant.id)
        headers = bearer(settings, await create_user(session, tenant))
        base = f"/api/v1/sites/{site.id}"
        spot = await client.patch(
            f"{base}/workers/{sub_worker.id}", json={"is_spot": True}, headers=headers
        )
        assert spot.status_code == 200, spot.text
        assert (
            await client.post(
                f"{base}/structure", json={"business_id": str(late.id)}, headers=headers
            )
        ).status_code == 201
        usage = await client.patch(
            f"{base}/structure/{sub.id}",
            json={"legal_welfare": True, "workers_comp": False},
            headers=headers,
        )
        assert usage.status_code == 200, usage.text

        entries = (await client.get(f"{base}/structure", headers=headers)).json()
        shown = {
            e["business"]["code"]: (
                e["is_prime"],
                e["display_order"],
                e["worker_count"],
                e["spot_count"],
                e["legal_welfare"],
                e["workers_comp"],
            )
            for e in entries
        }
        assert shown == {
            "B0001": (True, 1, 1, 0, None, None),
            "B0002": (False, 2, 1, 1, True, False),
            "B0003": (False, 3, 0, 0, None, None),
        }
        kinds = (
            (
                await session.execute(
                    select(StructureChange.changes).where(
                        StructureChange.site_id == site.id, StructureChange.business_id == sub.id
                    )
                )
            )
            .scalars()
            .all()
        )
        assert {"legal_welfare": [None, True], "workers_comp": [None, False]} in kinds

    async def test_a_business_removed_takes_its_hand_added_workers_with_it(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        site = await create_site(session, tenant)
        business = await create_business(session, tenant)
        worker = await create_worker(session, tenant, business)
        headers = bearer(settings, await create_user(session, tenant))
        base = f"/api/v1/sites/{site.id}"
        await client.post(
            f"{base}/structure", json={"business_id": str(business.id)}, headers=headers
        )
        added = await client.post(
            f"{base}/workers", json={"worker_id": str(worker.id)}, headers=headers
        )
        assert added.status_code == 201, added.text

        removed = await client.delete(f"{base}/structure/{business.id}", headers=headers)
        assert removed.status_code == 204, removed.text
        assert (await client.get(f"{base}/workers", headers=headers)).json() == []
        assert ("worker_removed", worker.id) in await _worker_changes(session, site.id)
