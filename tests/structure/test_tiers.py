"""A site's structure: tiers follow the upper business, and removal is guarded."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.models.structure import StructureChange
from tests.attendance.terminal_helpers import event, terminal_headers
from tests.fixtures.factories import (
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
