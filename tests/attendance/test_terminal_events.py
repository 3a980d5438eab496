from __future__ import annotations

from datetime import date, datetime, timedelta

from arq.connections import ArqRedis
from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.db import SessionMaker
from api.kit.japan import TOKYO
from api.models.attendance import AttendanceEvent
from api.models.structure import SiteBusiness, SiteWorker, StructureChange
from tests.attendance.terminal_helpers import event, terminal_headers, work_days
from tests.fixtures.factories import (
    REBAR_WELDING,
    bearer,
    create_business,
    create_site,
    create_tenant,
    create_user,
    create_worker,
)
from tests.fixtures.jobs import Fold, run_queued_jobs

URL = "/api/v1/terminal/events"


def _local(value: datetime | None) -> str | None:
    return value.astimezone(TOKYO).strftime("%Y-%m-%d %H:%M") if value else None


class TestReplaysAndOverlaps:
    async def test_answers_come_first_then_the_worker_folds_and_replays_name_the_work_days(
        self,
        client: AsyncClient,
        session: AsyncSession,
        settings: Settings,
        sessionmaker: SessionMaker,
        redis: ArqRedis,
    ) -> None:
        tenant = await create_tenant(session)
        site = await create_site(session, tenant)
        business = await create_business(session, tenant)
        kawagoe = await create_worker(session, tenant, business)
        inoue = await create_worker(session, tenant, business)
        headers = await terminal_headers(session, settings, tenant, [site.id])
        batch = {
            "events": [
                event("e1", site.id, kawagoe.id, "entry", "2026-11-24 08:01"),
                event("e2", site.id, inoue.id, "entry", "2026-11-24 08:03"),
                event("e3", site.id, kawagoe.id, "exit", "2026-11-24 17:02"),
            ]
        }
        answers = [(await client.post(URL, json=batch, headers=headers)).json() for _ in range(2)]

        assert [a["results"][0]["status"] for a in answers] == ["accepted", "duplicate"]
        assert (answers[0]["accepted"], answers[1]["duplicates"]) == (3, 3)
        # Stored and answered; the work days are the worker's to write.
        assert [r["work_day_id"] for a in answers for r in a["results"]] == [None] * 6
        assert await work_days(session, tenant.id) == []

        # The arq worker, taking the job the answer queued in Redis.
        assert await run_queued_jobs(settings, sessionmaker, redis) >= 1
        replay = (await client.post(URL, json=batch, headers=headers)).json()

        days = await work_days(session, tenant.id)
        assert len(days) == 2
        by_worker = {day.worker_id: day for day in days}
        assert [(r["status"], r["work_day_id"]) for r in replay["results"]] == [
            ("duplicate", str(by_worker[kawagoe.id].id)),
            ("duplicate", str(by_worker[inoue.id].id)),
            ("duplicate", str(by_worker[kawagoe.id].id)),
        ]
        assert (_local(by_worker[kawagoe.id].entry_at), _local(by_worker[kawagoe.id].exit_at)) == (
            "2026-11-24 08:01",
            "2026-11-24 17:02",
        )
        assert (_local(by_worker[inoue.id].entry_at), by_worker[inoue.id].exit_at) == (
            "2026-11-24 08:03",
            None,
        )
        stored = (
            select(func.count())
            .select_from(AttendanceEvent)
            .where(AttendanceEvent.tenant_id == tenant.id)
        )
        assert (await session.execute(stored)).scalar_one() == 3

    async def test_two_terminals_with_overlapping_events_make_one_work_day(
        self, client: AsyncClient, session: AsyncSession, settings: Settings, fold: Fold
    ) -> None:
        tenant = await create_tenant(session)
        site = await create_site(session, tenant)
        worker = await create_worker(session, tenant, await create_business(session, tenant))
        gate_a = await terminal_headers(session, settings, tenant, [site.id])
        gate_b = await terminal_headers(session, settings, tenant, [site.id])
        # Both gates use the same event ids: ids are per terminal.
        await client.post(
            URL,
            json={
                "events": [
                    event("1", site.id, worker.id, "entry", "2026-11-24 08:05"),
                    event("2", site.id, worker.id, "exit", "2026-11-24 17:00"),
                ]
            },
            headers=gate_a,
        )
        response = await client.post(
            URL,
            json={
                "events": [
                    event("1", site.id, worker.id, "entry", "2026-11-24 07:58"),
                    event("2", site.id, worker.id, "exit", "2026-11-24 17:30"),
                ]
            },
            headers=gate_b,
        )

        assert response.json()["accepted"] == 2
        await fold(tenant.id)
        [day] = await work_days(session, tenant.id)
        assert (_local(day.entry_at), _local(day.exit_at)) == (
            "2026-11-24 07:58",
            "2026-11-24 17:30",
        )

    async def test_the_same_id_with_other_content_is_a_conflict_and_changes_nothing(
        self, client: AsyncClient, session: AsyncSession, settings: Settings, fold: Fold
    ) -> None:
        tenant = await create_tenant(session)
        site = await create_site(session, tenant)
        worker = await create_worker(session, tenant, await create_business(session, tenant))
        headers = await terminal_headers(session, settings, tenant, [site.id])
        await client.post(
            URL,
            json={"events": [event("e1", site.id, worker.id, "entry", "2026-11-24 08:00")]},
            headers=headers,
        )
        response = await client.post(
            URL,
            json={
                "events": [
                    event("e1", site.id, worker.id, "entry", "2026-11-24 06:00"),
                    event("e2", site.id, worker.id, "exit", "2026-11-24 17:00"),
                    event("e2", site.id, worker.id, "exit", "2026-11-24 17:00"),
                ]
            },
            headers=headers,
        )
        results = response.json()["results"]
        assert [(r["status"], r["code"]) for r in results] == [
            ("rejected", "event.id_reused"),
            ("accepted", None),
            ("duplicate", None),
        ]
        await fold(tenant.id)
        [day] = await work_days(session, tenant.id)
        assert (_local(day.entry_at), _local(day.exit_at)) == (
            "2026-11-24 08:00",
            "2026-11-24 17:00",
        )


class TestDays:
    async def test_a_night_shift_folds_into_the_day_it_started_with_a_day_boundary(
        self, client: AsyncClient, session: AsyncSession, settings: Settings, fold: Fold
    ) -> None:
        tenant = await create_tenant(session)
        tenant.day_boundary_hour = 5
        site = await create_site(session, tenant)
        worker = await create_worker(session, tenant, await create_business(session, tenant))
        headers = await terminal_headers(session, settings, tenant, [site.id])
        batch = {
            "events": [
                event("n1", site.id, worker.id, "entry", "2026-11-24 20:00"),
                event("n2", site.id, worker.id, "exit", "2026-11-25 04:30"),
            ]
        }
        assert (await client.post(URL, json=batch, headers=headers)).json()["accepted"] == 2

        await fold(tenant.id)
        [day] = await work_days(session, tenant.id)
        assert day.work_date == date(2026, 11, 24)
        assert (_local(day.entry_at), _local(day.exit_at)) == (
            "2026-11-24 20:00",
            "2026-11-25 04:30",
        )

    async def test_without_a_boundary_midnight_splits_and_both_halves_stay_visible(
        self, client: AsyncClient, session: AsyncSession, settings: Settings, fold: Fold
    ) -> None:
        tenant = await create_tenant(session)
        site = await create_site(session, tenant)
        worker = await create_worker(session, tenant, await create_business(session, tenant))
        headers = await terminal_headers(session, settings, tenant, [site.id])
        batch = {
            "events": [
                event("n1", site.id, worker.id, "entry", "2026-11-24 20:00"),
                event("n2", site.id, worker.id, "exit", "2026-11-25 04:30"),
            ]
        }
        await client.post(URL, json=batch, headers=headers)

        await fold(tenant.id)
        days = await work_days(session, tenant.id)
        assert [(d.work_date, _local(d.entry_at), _local(d.exit_at)) for d in days] == [
            (date(2026, 11, 24), "2026-11-24 20:00", None),
            (date(2026, 11, 25), None, "2026-11-25 04:30"),
        ]


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

    async def test_values_postgresql_or_a_datetime_cannot_hold_reject_only_their_event(
        self, client: AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        tenant = await create_tenant(session)
        site = await create_site(session, tenant)
        worker = await create_worker(session, tenant, await create_business(session, tenant))
        headers = await terminal_headers(session, settings, tenant, [site.id])
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


class TestAutoAdd:
    async def test_a_first_entry_adds_the_business_at_tier_1_and_the_worker_to_the_site(
        self, client: AsyncClient, session: AsyncSession, settings: Settings, fold: Fold
    ) -> None:
        tenant = await create_tenant(session)
        site = await create_site(session, tenant)
        business = await create_business(session, tenant)
        worker = await create_worker(
            session, tenant, business, primary_occupation_id=REBAR_WELDING, position_code="04"
        )
        headers = await terminal_headers(session, settings, tenant, [site.id])
        for day in ("2026-11-24", "2026-11-25"):
            batch = {"events": [event(f"{day}-in", site.id, worker.id, "entry", f"{day} 08:00")]}
            await client.post(URL, json=batch, headers=headers)
        await fold(tenant.id)

        structure = (
            (await session.execute(select(SiteBusiness).where(SiteBusiness.site_id == site.id)))
            .scalars()
            .all()
        )
        assert [(row.business_id, row.tier) for row in structure] == [(business.id, 1)]
        [site_worker] = (
            (await session.execute(select(SiteWorker).where(SiteWorker.site_id == site.id)))
            .scalars()
            .all()
        )
        assert (
            site_worker.occupation_id,
            site_worker.position_code,
            site_worker.first_work_date,
        ) == (REBAR_WELDING, "04", date(2026, 11, 24))
        changes = (
            (
                await session.execute(
                    select(StructureChange.kind).where(StructureChange.site_id == site.id)
                )
            )
            .scalars()
            .all()
        )
        assert sorted(changes) == ["added", "worker_added"]
        days = await work_days(session, tenant.id)
        assert [(d.occupation_id, d.position_code) for d in days] == [(REBAR_WELDING, "04")] * 2

    async def test_a_worker_with_attendance_can_only_be_retired(
        self, client: AsyncClient, session: AsyncSession, settings: Settings, fold: Fold
    ) -> None:
        tenant = await create_tenant(session)
        site = await create_site(session, tenant)
        worker = await create_worker(session, tenant, await create_business(session, tenant))
        headers = await terminal_headers(session, settings, tenant, [site.id])
        await client.post(
            URL,
            json={"events": [event("1", site.id, worker.id, "entry", "2026-11-24 08:00")]},
            headers=headers,
        )
        await fold(tenant.id)
        staff = bearer(settings, await create_user(session, tenant))
        response = await client.delete(f"/api/v1/workers/{worker.id}", headers=staff)
        assert response.status_code == 409
        assert response.json()["code"] == "worker.has_history"
