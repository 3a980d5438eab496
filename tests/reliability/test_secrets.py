"""R5: 本人確認番号 and API-key secrets appear unmasked nowhere but the audited reveal: not in
responses, not in logs, not as plaintext in the database."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from tests.fixtures.factories import REBAR, bearer, create_branch, create_tenant, create_user

BUSINESS_SECRET, WORKER_SECRET = "73915", "48261"


async def test_verification_numbers_and_key_secrets_never_leak(
    app: FastAPI,
    client: AsyncClient,
    session: AsyncSession,
    settings: Settings,
    capsys: pytest.CaptureFixture[str],
) -> None:
    tenant = await create_tenant(session)
    branch = await create_branch(session, tenant)
    headers = bearer(settings, await create_user(session, tenant))
    business = await client.post(
        "/api/v1/businesses",
        json={
            "branch_ids": [str(branch.id)],
            "name": "(株)秘密",
            "name_kana": "ヒミツ",
            "phone": "0312345678",
            "ccus_business_id": "19869311056822",
            "verification_number": BUSINESS_SECRET,
        },
        headers=headers,
    )
    worker = await client.post(
        "/api/v1/workers",
        json={
            "business_id": business.json()["id"],
            "family_name": "秘",
            "given_name": "密",
            "family_kana": "ヒ",
            "given_kana": "ミツ",
            "phones": ["09011112222"],
            "birth_date": "1990-01-01",
            "employment_type_code": "02",
            "primary_occupation_id": str(REBAR),
            "ccus_worker_id": "12345678901234",
            "verification_number": WORKER_SECRET,
        },
        headers=headers,
    )
    assert worker.status_code == 201, worker.text
    await client.patch(
        f"/api/v1/workers/{worker.json()['id']}",
        json={"verification_number": "59630"},
        headers=headers,
    )
    key = await client.post(
        "/api/v1/api-keys",
        json={"name": "ゲート", "kind": "partner", "scopes": ["registry:read"]},
        headers=headers,
    )
    assert key.status_code == 201, key.text
    key_secret = key.json()["key"]

    secrets = [BUSINESS_SECRET, WORKER_SECRET, "59630", key_secret.split("_", 2)[2]]
    seen = []
    for path, operation in app.openapi()["paths"].items():
        if "get" not in operation or "{" in path or path.startswith("/api/v1/terminal"):
            continue
        response = await client.get(path, headers=headers)
        seen.append(
            response.text
            if not response.headers.get("content-type", "").startswith("application/vnd")
            else response.content.decode("latin-1")
        )
    for entity in ("businesses", "workers"):
        identifier = business.json()["id"] if entity == "businesses" else worker.json()["id"]
        seen.append((await client.get(f"/api/v1/{entity}/{identifier}", headers=headers)).text)
    for secret in secrets:
        assert not any(secret in body for body in seen), f"{secret} leaked in a response"

    revealed = await client.post(
        f"/api/v1/businesses/{business.json()['id']}/verification-number/reveal", headers=headers
    )
    assert revealed.json()["verification_number"] == BUSINESS_SECRET

    logs = capsys.readouterr()
    for secret in [WORKER_SECRET, "59630", key_secret]:
        assert secret not in logs.out + logs.err

    text_columns = await session.execute(
        text(
            "SELECT table_name, column_name FROM information_schema.columns c "
            "WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'jsonb', 'ARRAY') "
            "AND EXISTS (SELECT 1 FROM information_schema.columns t WHERE t.table_name = c.table_name "
            "AND t.column_name = 'tenant_id')"
        )
    )
    for table, column in text_columns.all():
        for secret in secrets:
            found = await session.execute(
                text(
                    f'SELECT count(*) FROM "{table}" WHERE tenant_id = :t AND "{column}"::text LIKE :s'
                ),
                {"t": tenant.id, "s": f"%{secret}%"},
            )
            assert found.scalar_one() == 0, f"{secret} stored in plain text in {table}.{column}"
    binary = await session.execute(
        text(
            "SELECT count(*) FROM businesses WHERE tenant_id = :t AND position(CAST(:s AS bytea) IN verification_number_encrypted) > 0"
        ),
        {"t": tenant.id, "s": BUSINESS_SECRET.encode()},
    )
    assert binary.scalar_one() == 0
