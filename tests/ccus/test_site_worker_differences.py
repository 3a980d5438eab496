"""A site worker added, changed and removed by hand reaches the real sandbox as structure
differences, in order: upsert, upsert, remove."""

from __future__ import annotations

from sqlalchemy import select

from api.ccus import dispatcher
from api.models.structure import StructureChange
from tests.ccus.outbound import Outbound
from tests.ccus.world import COMTEX, OISO


async def test_a_site_worker_added_changed_and_removed_by_hand_reaches_ccus(
    outbound: Outbound,
) -> None:
    world = await outbound.world()
    headers = await outbound.staff(world)
    client, site, worker = outbound.client, world.site, world.worker
    structure = await client.post(
        f"/api/v1/sites/{site.id}/structure",
        json={"business_id": str(world.business.id)},
        headers=headers,
    )
    assert structure.status_code == 201, structure.text
    workers = f"/api/v1/sites/{site.id}/workers"
    added = await client.post(workers, json={"worker_id": str(worker.id)}, headers=headers)
    assert added.status_code == 201, added.text
    changed = await client.patch(
        f"{workers}/{worker.id}",
        json={"insurance": {"health": "03"}, "special_accident_insurance": True},
        headers=headers,
    )
    assert changed.status_code == 200, changed.text
    assert (await client.delete(f"{workers}/{worker.id}", headers=headers)).status_code == 204

    await outbound.due(world)
    await dispatcher.dispatch(outbound.deps())

    rows = await outbound.session.execute(
        select(StructureChange.id, StructureChange.kind, StructureChange.sent_at)
        .where(StructureChange.site_id == site.id, StructureChange.worker_id == worker.id)
        .order_by(StructureChange.created_at, StructureChange.id)
    )
    changes = rows.all()
    assert [(kind, sent is not None) for _, kind, sent in changes] == [
        ("worker_added", True),
        ("worker_updated", True),
        ("worker_removed", True),
    ]
    ledger = await outbound.sandbox.get(
        f"/admin/applications/structure:{OISO}:{COMTEX}:{worker.ccus_worker_id}"
    )
    keys = ledger.json()["keys"]
    assert [f"structure:{change_id}" for change_id, _, _ in changes] == [
        key for key in keys if key in {f"structure:{c[0]}" for c in changes}
    ]
