"""A site made in CCUS without 標準APIの利用: CCUS refuses its 施工体制 (DATK0411E) and takes its
work days; the failure shows the seed's advice and goes through once the box is ticked."""

from __future__ import annotations

from fastapi import FastAPI
from sqlalchemy import text

from api.ccus import dispatcher
from api.models.ccus_outbox import OutboxKind, OutboxStatus
from tests.ccus.outbound import Outbound
from tests.ccus.outbox_reads import outbox_rows
from tests.ccus.world import COMTEX


async def test_structure_of_a_site_without_standard_api_is_refused_with_the_seeds_advice(
    outbound: Outbound, app: FastAPI
) -> None:
    made = await outbound.sandbox.post("/admin/sites", json={"name": "三崎港"})
    ccus_site_id = made.json()["id"]
    world = await outbound.world()
    world.site.ccus_site_id = ccus_site_id
    await outbound.session.flush()
    await outbound.attend(world, "2026-11-10", prefix="standard-")
    await outbound.due(world)
    deps = outbound.deps()
    await dispatcher.dispatch(deps)
    await dispatcher.collect(deps)

    [day] = await outbound.work_days(world)
    assert day.status is OutboxStatus.succeeded  # work history is taken all the same
    headers = await outbound.staff(world)
    [failure] = (
        await outbound.client.get("/api/v1/ccus/results/failures?kind=structure", headers=headers)
    ).json()["items"]
    assert (failure["error_code"], failure["site"]["ccus_id"]) == ("DATK0411E", ccus_site_id)
    assert failure["business"]["ccus_id"] == COMTEX
    assert "標準APIの利用が設定されていません" in failure["error_message"]
    assert "610_現場・契約" in failure["advice"]
    assert "☑標準APIの利用" in failure["advice"]

    await outbound.sandbox.put(f"/admin/sites/{ccus_site_id}/standard-api", json={"enabled": True})
    # Staff tick the box in CCUS and press 確認 on the site: its ○ sends the structure again.
    app.state.ccus = deps.gateway
    checked = await outbound.client.post(
        f"/api/v1/ccus/id-checks/sites/{world.site.id}", headers=headers
    )
    assert checked.json()["result"] == "ok", checked.text
    await dispatcher.dispatch(deps)
    rows = await outbox_rows(outbound.session, world.tenant.id, OutboxKind.structure)
    assert [row.status for row in rows] == [OutboxStatus.succeeded]
    changes = await outbound.session.execute(
        text(
            "SELECT resends, sent_at IS NOT NULL, ccus_error_code FROM structure_changes"
            " WHERE site_id = :site"
        ),
        {"site": world.site.id},
    )
    # Each refused difference really went again, with a new key, and CCUS took it.
    assert {tuple(change) for change in changes} == {(1, True, None)}
