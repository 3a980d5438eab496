"""Values the database or a datetime cannot hold, and who may post terminal events."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from tests.attendance.terminal_endpoint import URL
from tests.attendance.terminal_helpers import event, one_worker_gate, terminal_headers
from tests.fixtures.factories import (
    bearer,
    create_business,
    create_site,
    create_tenant,
    create_user,
    create_worker,
)


class TestRejectedValuesAndCallers:
    async def test_values_postgresql_or_a_datetime_cannot_hold_reject_only_their_event(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        _, site, worker, headers = await one_worker_gate(session, settings)
        far_future = event("far", site.id, worker.id, "entry", "2026-11-24 08:00")
        far_future["occurred_at"] = "9999-12-31T23:59:59-23:59"
        batch = {
            "events": [
                far_future,
                event("nul\u0000", site.id, worker.id, "entry", "2026-11-24 08:00"),
                event(
                    "loc", site.id, worker.id, "entry", "2026-11-24 08:00", work_location="A\u0000"
                ),
                event("fine", site.id, worker.id, "entry", "2026-11-24 08:00"),
            ]
        }
        response = await client.post(URL, json=batch, headers=headers)

        assert response.status_code == 200, response.text
        assert [(r["status"], r["code"]) for r in response.json()["results"]] == [
            ("rejected", "event.invalid"),
            ("rejected", "event.invalid"),
            ("rejected", "event.invalid"),
            ("accepted", None),
        ]

    async def test_only_terminal_keys_may_post_and_the_envelope_is_bounded(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        site = await create_site(session, tenant)
        worker = await create_worker(session, tenant, await create_business(session, tenant))
        staff = bearer(settings, await create_user(session, tenant))
        one = {"events": [event("x", site.id, worker.id, "entry", "2026-11-24 08:00")]}
        assert (await client.post(URL, json=one, headers=staff)).status_code == 403
        headers = await terminal_headers(session, settings, tenant, [site.id])
        too_many = {
            "events": [
                event(str(i), site.id, worker.id, "entry", "2026-11-24 08:00") for i in range(501)
            ]
        }
        response = await client.post(URL, json=too_many, headers=headers)
        assert response.status_code == 422
        assert response.headers["content-type"] == "application/problem+json"
        assert (await client.post(URL, json={"events": []}, headers=headers)).status_code == 422
        not_a_list = await client.post(URL, json={"events": "e1"}, headers=headers)
        assert (not_a_list.status_code, not_a_list.json()["code"]) == (422, "request.validation")
        assert not_a_list.json()["errors"][0]["loc"] == ["body", "events"]
        broken = await client.post(
            URL, content=b'{"events": [', headers={**headers, "Content-Type": "application/json"}
        )
        assert broken.status_code == 400
        assert broken.headers["content-type"] == "application/problem+json"
