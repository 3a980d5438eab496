from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.models.structure import StructureChange
from api.models.worker import WorkerOccupation
from tests.attendance.terminal_helpers import event, terminal_headers
from tests.fixtures.factories import (
    PLUMBER,
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


class TestStructure:
    async def test_tiers_follow_the_upper_business_and_removal_is_guarded(
        self, client: AsyncClient, session: AsyncSession, settings: Settings, fold: Fold
    ) -> None:
        tenant = await create_tenant(session)
        site = await create_site(session, tenant)
        asagaya = await create_business(session, tenant, code="B0002")
        ogikubo = await create_business(session, tenant, code="B0003")
        mizumoto = await create_business(session, tenant, code="B0004")
        worker = await create_worker(session, tenant, ogikubo)
        gate = await terminal_headers(session, settings, tenant, [site.id])
        await client.post(
            "/api/v1/terminal/events",
            json={"events": [event("1", site.id, worker.id, "entry", "2026-11-24 08:00")]},
            headers=gate,
        )
        await fold(tenant.id)
        headers = bearer(settings, await create_user(session, tenant))
        base = f"/api/v1/sites/{site.id}/structure"

        added = await client.post(base, json={"business_id": str(asagaya.id)}, headers=headers)
        assert added.status_code == 201, added.text
        assert (
            await client.post(base, json={"business_id": str(asagaya.id)}, headers=headers)
        ).json()["code"] == "structure.business_exists"
        no_upper = await client.patch(f"{base}/{ogikubo.id}", json={"tier": 2}, headers=headers)
        assert no_upper.json()["errors"][0]["code"] == "structure.upper_required"
        moved = await client.patch(
            f"{base}/{ogikubo.id}",
            json={
                "tier": 2,
                "upper_business_id": str(asagaya.id),
                "consent": "agreed",
                "insurance": {"health": "03"},
            },
            headers=headers,
        )
        assert moved.status_code == 200, moved.text
        assert (
            moved.json()["tier"],
            moved.json()["consent"],
            moved.json()["insurance"]["health"],
        ) == (2, "agreed", "03")
        skipped = await client.post(
            base,
            json={"business_id": str(mizumoto.id), "tier": 4, "upper_business_id": str(ogikubo.id)},
            headers=headers,
        )
        assert skipped.json()["errors"][0]["code"] == "structure.upper_tier_mismatch"
        third = await client.post(
            base,
            json={"business_id": str(mizumoto.id), "tier": 3, "upper_business_id": str(ogikubo.id)},
            headers=headers,
        )
        assert third.status_code == 201
        lowering = await client.patch(
            f"{base}/{asagaya.id}",
            json={"tier": 2, "upper_business_id": str(mizumoto.id)},
            headers=headers,
        )
        assert lowering.status_code == 422
        bad_insurance = await client.patch(
            f"{base}/{mizumoto.id}", json={"insurance": {"health": "99"}}, headers=headers
        )
        assert bad_insurance.json()["errors"][0]["loc"] == ["body", "insurance", "health"]

        assert (await client.delete(f"{base}/{ogikubo.id}", headers=headers)).json()[
            "code"
        ] == "structure.has_attendance"
        assert (await client.delete(f"{base}/{asagaya.id}", headers=headers)).json()[
            "code"
        ] == "structure.has_lower"
        assert (await client.delete(f"{base}/{mizumoto.id}", headers=headers)).status_code == 204

        tree = (await client.get(base, headers=headers)).json()
        assert [
            (e["business"]["code"], e["tier"], e["worker_count"], e["has_attendance"]) for e in tree
        ] == [
            ("B0002", 1, 0, False),
            ("B0003", 2, 1, True),
        ]
        kinds = (
            (
                await session.execute(
                    select(StructureChange.kind).where(StructureChange.site_id == site.id)
                )
            )
            .scalars()
            .all()
        )
        assert sorted(kinds) == ["added", "added", "added", "removed", "updated", "worker_added"]

    async def test_another_tenants_site_is_not_found(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        site = await create_site(session, tenant)
        other = bearer(
            settings, await create_user(session, await create_tenant(session, "別テナント"))
        )
        assert (
            await client.get(f"/api/v1/sites/{site.id}/structure", headers=other)
        ).status_code == 404
        assert (
            await client.get(f"/api/v1/sites/{site.id}/workers", headers=other)
        ).status_code == 404


class TestSiteWorkers:
    async def test_occupation_can_change_only_to_one_the_worker_holds(
        self, client: AsyncClient, session: AsyncSession, settings: Settings, fold: Fold
    ) -> None:
        tenant = await create_tenant(session)
        site = await create_site(session, tenant)
        worker = await create_worker(
            session,
            tenant,
            await create_business(session, tenant),
            primary_occupation_id=REBAR_WELDING,
        )
        session.add(WorkerOccupation(tenant_id=tenant.id, worker_id=worker.id, occupation_id=REBAR))
        await session.flush()
        gate = await terminal_headers(session, settings, tenant, [site.id])
        await client.post(
            "/api/v1/terminal/events",
            json={"events": [event("1", site.id, worker.id, "entry", "2026-11-24 08:00")]},
            headers=gate,
        )
        await fold(tenant.id)
        headers = bearer(settings, await create_user(session, tenant))
        url = f"/api/v1/sites/{site.id}/workers"

        [listed] = (await client.get(url, headers=headers)).json()
        assert (listed["occupation_id"], listed["has_attendance"]) == (str(REBAR_WELDING), True)
        refused = await client.patch(
            f"{url}/{worker.id}", json={"occupation_id": str(PLUMBER)}, headers=headers
        )
        assert refused.json()["errors"][0]["code"] == "site_worker.occupation_not_held"
        changed = await client.patch(
            f"{url}/{worker.id}",
            json={"occupation_id": str(REBAR), "is_spot": True, "position_code": "01"},
            headers=headers,
        )
        assert changed.status_code == 200, changed.text
        assert (
            changed.json()["occupation_id"],
            changed.json()["is_spot"],
            changed.json()["position_code"],
        ) == (str(REBAR), True, "01")
        assert (
            await client.patch(f"{url}/{site.id}", json={"is_spot": True}, headers=headers)
        ).json()["code"] == "site_worker.not_found"


async def test_registry_lists_filter_by_the_site_worked_on(
    client: AsyncClient, session: AsyncSession, settings: Settings, fold: Fold
) -> None:
    tenant = await create_tenant(session)
    site = await create_site(session, tenant)
    on_site, elsewhere = (
        await create_business(session, tenant),
        await create_business(session, tenant),
    )
    worker = await create_worker(session, tenant, on_site)
    await create_worker(session, tenant, elsewhere)
    gate = await terminal_headers(session, settings, tenant, [site.id])
    batch = {"events": [event("1", site.id, worker.id, "entry", "2026-11-24 08:00")]}
    await client.post("/api/v1/terminal/events", json=batch, headers=gate)
    await fold(tenant.id)
    headers = bearer(settings, await create_user(session, tenant))

    workers = (await client.get(f"/api/v1/workers?site_id={site.id}", headers=headers)).json()
    assert [w["id"] for w in workers["items"]] == [str(worker.id)]
    businesses = (await client.get(f"/api/v1/businesses?site_id={site.id}", headers=headers)).json()
    assert [b["id"] for b in businesses["items"]] == [str(on_site.id)]
