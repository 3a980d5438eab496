"""A CCUS ID entered with a new worker or business — by hand or by an import — is checked against
CCUS right after the save commits, not at the next 30-minute sweep (seed line 1106's weakness)."""

from __future__ import annotations

from uuid import UUID, uuid4

from arq.connections import ArqRedis
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.ccus.http_gateway import HttpCcusGateway
from api.ccus.wakeups import ENTITY_CHECKS_AT_MOST, request_id_checks_of
from api.config import Settings
from api.db import SessionMaker
from api.imports.columns import BUSINESS_COLUMNS
from api.kit.jobs import discard_jobs, pending_jobs
from tests.ccus.world import KAWAGOE, OKACHIMACHI, UNKNOWN_WORKER
from tests.fixtures.factories import (
    REBAR,
    bearer,
    create_branch,
    create_business,
    create_tenant,
    create_user,
)
from tests.fixtures.jobs import run_queued_jobs
from tests.imports.helpers import business_row, sheet, upload

CHECKS = "/api/v1/ccus/id-checks"


def _worker(business_id: UUID, ccus_worker_id: str, phone: str) -> dict[str, object]:
    return {
        "business_id": str(business_id),
        "family_name": "川越",
        "given_name": "十郎",
        "family_kana": "カワゴエ",
        "given_kana": "ジュウロウ",
        "phones": [phone],
        "birth_date": "1990-01-20",
        "employment_type_code": "02",
        "primary_occupation_id": str(REBAR),
        "ccus_worker_id": ccus_worker_id,
        "verification_number": "4826",
    }


async def _checks(client: AsyncClient, headers: dict[str, str], table: str) -> dict[str, str]:
    answer = await client.get(f"{CHECKS}/{table}", headers=headers)
    assert answer.status_code == 200, answer.text
    return {item["ccus_id"]: item["result"] for item in answer.json()["items"]}


async def test_a_worker_registered_with_a_ccus_id_is_checked_right_after_the_save(
    client: AsyncClient,
    session: AsyncSession,
    ccus_settings: Settings,
    sessionmaker: SessionMaker,
    redis: ArqRedis,
    gateway: HttpCcusGateway,
) -> None:
    tenant = await create_tenant(session)
    business = await create_business(session, tenant)
    headers = bearer(ccus_settings, await create_user(session, tenant))

    known = await client.post(
        "/api/v1/workers", json=_worker(business.id, KAWAGOE, "09051000010"), headers=headers
    )
    unknown = await client.post(
        "/api/v1/workers", json=_worker(business.id, UNKNOWN_WORKER, "09051000011"), headers=headers
    )
    assert (known.status_code, known.json()["ccus_recheck"]) == (201, "queued"), known.text
    assert unknown.json()["ccus_recheck"] == "queued"
    checks = [job for job in await redis.queued_jobs() if job.function == "ccus.verify_entity"]
    assert sorted(str(job.args[2]) for job in checks) == sorted(
        [known.json()["id"], unknown.json()["id"]]
    )
    assert await _checks(client, headers, "workers") == {
        KAWAGOE: "unchecked",
        UNKNOWN_WORKER: "unchecked",
    }

    # The worker runs what the save queued (the sweep is not involved): CCUS answers each ID.
    await run_queued_jobs(ccus_settings, sessionmaker, redis, gateway)
    assert await _checks(client, headers, "workers") == {KAWAGOE: "ok", UNKNOWN_WORKER: "failed"}


async def test_a_worker_whose_other_fields_change_is_not_checked_again(
    client: AsyncClient, session: AsyncSession, ccus_settings: Settings, redis: ArqRedis
) -> None:
    tenant = await create_tenant(session)
    business = await create_business(session, tenant)
    headers = bearer(ccus_settings, await create_user(session, tenant))
    created = await client.post(
        "/api/v1/workers", json=_worker(business.id, KAWAGOE, "09051000010"), headers=headers
    )
    await redis.flushdb()
    renamed = await client.patch(
        f"/api/v1/workers/{created.json()['id']}", json={"given_name": "次郎"}, headers=headers
    )
    assert (renamed.status_code, renamed.json()["ccus_recheck"]) == (200, None), renamed.text
    assert [
        job for job in await redis.queued_jobs() if job.function.startswith("ccus.verify")
    ] == []


async def test_businesses_imported_with_ccus_ids_are_checked_right_after_the_import(
    client: AsyncClient,
    session: AsyncSession,
    ccus_settings: Settings,
    sessionmaker: SessionMaker,
    redis: ArqRedis,
    gateway: HttpCcusGateway,
) -> None:
    tenant = await create_tenant(session)
    await create_branch(session, tenant, name="本社")
    headers = bearer(ccus_settings, await create_user(session, tenant))
    rows = [
        business_row(
            "本社", code="B0100", ccus_business_id=OKACHIMACHI, verification_number="5214"
        ),
        business_row("本社", code="B0101", name="(株)熊谷設備", name_kana="くまがやせつび"),
    ]
    response = await upload(client, headers, "businesses", sheet(BUSINESS_COLUMNS, rows))
    assert response.status_code == 202, response.text

    # One burst: the import job, then the check its commit queued, against the sandbox.
    await run_queued_jobs(ccus_settings, sessionmaker, redis, gateway)
    imported = await client.get(f"/api/v1/imports/{response.json()['id']}", headers=headers)
    assert imported.json()["status"] == "succeeded", imported.text
    assert await _checks(client, headers, "businesses") == {OKACHIMACHI: "ok"}


async def test_a_large_import_asks_for_one_run_of_the_tenants_checks_not_a_job_per_row(
    session: AsyncSession,
) -> None:
    tenant_id = uuid4()
    few = [uuid4() for _ in range(ENTITY_CHECKS_AT_MOST)]
    request_id_checks_of(session, tenant_id, "worker", few)
    assert [job.name for job in pending_jobs(session)] == ["ccus.verify_entity"] * len(few)
    discard_jobs(session)

    request_id_checks_of(session, tenant_id, "worker", [*few, uuid4()])
    [job] = pending_jobs(session)
    assert (job.name, job.args) == ("ccus.verify_all", (tenant_id,))
    discard_jobs(session)
