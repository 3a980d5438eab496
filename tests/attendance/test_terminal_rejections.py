"""Bad terminal events are rejected with their code while the good ones go through."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.kit.japan import TOKYO
from tests.attendance.terminal_endpoint import URL
from tests.attendance.terminal_helpers import event, terminal_headers, work_days
from tests.fixtures.factories import (
    create_business,
    create_site,
    create_tenant,
    create_worker,
)
from tests.fixtures.jobs import Fold


class TestRejections:
    async def test_each_bad_event_is_rejected_with_its_code_and_the_good_ones_go_through(
        self, client: AsyncClient, session: AsyncSession, settings: Settings, fold: Fold
    ) -> None:
        tenant = await create_tenant(session)
        site = await create_site(session, tenant)
        other_site = await create_site(session, tenant)
        business = await create_business(session, tenant)
        worker = await create_worker(
            session, tenant, business, code="KS64920862", ccus_worker_id="12345678901234"
        )
        retired = await create_worker(session, tenant, business, retired_on=date(2026, 10, 31))
        headers = await terminal_headers(session, settings, tenant, [site.id])
        future = (datetime.now(TOKYO) + timedelta(hours=2)).strftime("%Y-%m-%d %H:%M")
        by_code = event("ok2", site.id, worker.id, "exit", "2026-11-24 17:00")
        del by_code["worker_id"]
        by_code["worker_code"] = "KS64920862"
        by_ccus = event("ok3", site.id, worker.id, "entry", "2026-11-23 08:00")
        del by_ccus["worker_id"]
        by_ccus["ccus_worker_id"] = "12345678901234"
        batch = {
            "events": [
                event("ok1", site.id, worker.id, "entry", "2026-11-24 08:00"),
                by_code,
                by_ccus,
                event("b1", site.id, retired.id, "entry", "2026-11-24 08:00"),
                event("b2", other_site.id, worker.id, "entry", "2026-11-24 08:00"),
                event("b3", site.id, business.id, "entry", "2026-11-24 08:00"),
                event("b4", site.id, worker.id, "entry", future),
                {
                    "event_id": "b5",
                    "site_id": str(site.id),
                    "kind": "entry",
                    "occurred_at": "2026-11-24T08:00:00",
                },
                {"nonsense": True},
                event("b6", site.id, worker.id, "entry", "2019-01-01 08:00"),
            ]
        }
        response = await client.post(URL, json=batch, headers=headers)

        assert response.status_code == 200, response.text
        results = [(r["event_id"], r["status"], r["code"]) for r in response.json()["results"]]
        assert results == [
            ("ok1", "accepted", None),
            ("ok2", "accepted", None),
            ("ok3", "accepted", None),
            ("b1", "rejected", "worker.retired"),
            ("b2", "rejected", "site.out_of_scope"),
            ("b3", "rejected", "worker.not_found"),
            ("b4", "rejected", "time.in_future"),
            ("b5", "rejected", "event.invalid"),
            (None, "rejected", "event.invalid"),
            ("b6", "rejected", "time.too_old"),
        ]
        await fold(tenant.id)
        assert len(await work_days(session, tenant.id)) == 2
        # A rejected event answers the same when replayed.
        again = await client.post(URL, json={"events": [batch["events"][3]]}, headers=headers)
        assert again.json()["results"][0]["code"] == "worker.retired"
