"""R5: secrets sent to the API — 本人確認番号, passwords, API keys, tokens — and the keys that
protect them appear in no answer (success or error, body or header), no log line and no
plaintext column. Generated from the OpenAPI document, so a new operation is covered the day it
is added; the few answers that hand out a secret by design are listed in secret_fields.BY_DESIGN."""

from __future__ import annotations

import json

import httpx
import pytest
from arq.connections import ArqRedis
from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from api.app import create_app
from api.auth.passwords import hash_password
from api.config import Settings
from api.db import SessionMaker, set_tenant
from api.imports.tasks import run_import
from api.logs import SECRET_KEYS, configure_logging
from api.models.api_key import ApiKeyKind
from tests.fixtures.factories import (
    bearer,
    create_api_key,
    create_business,
    create_tenant,
    create_user,
)
from tests.fixtures.jobs import job_context
from tests.reliability.bodies import World
from tests.reliability.leaks import at_rest, found_in, protecting_values
from tests.reliability.secret_fields import (
    BY_DESIGN,
    LOOKS_SECRET,
    SECRET_FIELDS,
    Canaries,
    Kind,
    classified,
)
from tests.reliability.sweep import Sweep, run
from tests.reliability.victim import victim_ids

# Writes whose valid request the API refuses on purpose, and why; every other write must succeed
# so that its success answer is checked, not only its errors.
REFUSED_BY_DESIGN = {
    "DELETE /api/v1/branches/{branch_id}": "the branch still has users, businesses and a site",
    "DELETE /api/v1/businesses/{business_id}": "the business still has workers",
    "DELETE /api/v1/workers/{worker_id}": "the worker has work days",
    "DELETE /api/v1/sites/{site_id}": "the site has work days",
    "DELETE /api/v1/sites/{site_id}/structure/{business_id}": "the business has work days there",
}


def _staff_app(
    settings: Settings, engine: AsyncEngine, sessionmaker: SessionMaker, redis: ArqRedis
) -> FastAPI:
    # DEBUG, so that every log line the sweep provokes is searched.
    app = create_app(settings.model_copy(update={"log_level": "DEBUG"}))
    app.state.engine = engine
    app.state.sessionmaker = sessionmaker
    app.state.arq = redis
    return app


async def test_no_answer_header_or_log_line_carries_a_secret(
    settings: Settings,
    engine: AsyncEngine,
    sessionmaker: SessionMaker,
    redis: ArqRedis,
    session: AsyncSession,
    capsys: pytest.CaptureFixture[str],
) -> None:
    tenant = await create_tenant(session)
    ids = await victim_ids(session, settings, tenant)
    # A business in no site's structure yet, for the bodies that add one.
    ids["free_business_id"] = (await create_business(session, tenant)).id
    canaries = Canaries()
    login = canaries.valid(Kind.PASSWORD)
    admin = await create_user(session, tenant)
    admin.password_hash = hash_password(login)
    _, terminal_key = await create_api_key(
        session,
        settings,
        tenant,
        ApiKeyKind.terminal,
        scopes=["terminal:events"],
        site_ids=[ids["site_id"]],
    )
    codes = {
        table: (
            await session.execute(text(f"SELECT code FROM {table} WHERE id = :i"), {"i": ids[key]})
        ).scalar_one()
        for table, key in (("branches", "branch_id"), ("businesses", "business_id"))
    }
    await session.flush()
    world = World(
        ids,
        admin.email,
        login,
        {"branch": codes["branches"], "business": codes["businesses"]},
        canaries,
    )
    staff = bearer(settings, admin)
    canaries.sent += [terminal_key, staff["Authorization"].split()[1]]
    app = _staff_app(settings, engine, sessionmaker, redis)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://genba.test") as client:
        sweep = Sweep(client, world, staff, {"X-API-Key": terminal_key})

        async def run_imports() -> None:
            for import_id in sweep.imports:
                await run_import(job_context(settings, sessionmaker, redis), tenant.id, import_id)

        await run(sweep, app.openapi(), run_imports)
    logs = capsys.readouterr()
    configure_logging(settings.log_level, json=settings.log_json)

    assert len(sweep.answers) >= 120, "the sweep lost its operations"
    assert logs.out.count('"event": "request"') >= len(sweep.answers), (
        "the app's logs were not captured"
    )
    failed = [
        f"{a.label} → {a.status} {a.text[-300:]}"
        for a in sweep.answers
        if a.label.endswith("(valid)") and a.status >= 400 and a.operation not in REFUSED_BY_DESIGN
    ]
    assert not failed, "valid requests refused; teach bodies.VALUES their values:\n" + "\n".join(
        failed
    )
    # The audited reveals give back what was sent: the canaries did reach storage.
    revealed = [value for _, name, value in sweep.handed_out if name == "verification_number"]
    assert len(revealed) == 2
    assert set(revealed) <= set(canaries.planted)
    await set_tenant(session, tenant.id)
    secrets = canaries.sent + await protecting_values(session, settings, tenant.id)
    leaks = [
        f"{a.label} → {a.status}: {s}" for a in sweep.answers for s in found_in(a.text, secrets)
    ]
    leaks += [f"log: {s}" for s in found_in(logs.out + logs.err, secrets)]
    leaks += await at_rest(session, tenant.id, canaries.sent)
    assert not leaks, "\n".join(leaks)


def _names(document: dict[str, object]) -> set[tuple[str, dict[str, object]]]:
    found: list[tuple[str, dict[str, object]]] = []
    components = document["components"]
    assert isinstance(components, dict)
    for schema in components["schemas"].values():
        found += list(schema.get("properties", {}).items())
    paths = document["paths"]
    assert isinstance(paths, dict)
    for methods in paths.values():
        for operation in methods.values():
            found += [(p["name"], p.get("schema", {})) for p in operation.get("parameters", [])]
            for content in operation.get("requestBody", {}).get("content", {}).values():
                found += list(content.get("schema", {}).get("properties", {}).items())
    return {(name, json.dumps(schema, sort_keys=True)) for name, schema in found}  # type: ignore[misc]


def test_every_secret_looking_field_is_classified(app: FastAPI) -> None:
    unclassified = sorted(
        name
        for name, schema in _names(app.openapi())
        if (LOOKS_SECRET.search(name) or '"format": "password"' in schema) and not classified(name)
    )
    assert unclassified == [], "add them to SECRET_FIELDS or NOT_SECRET in secret_fields.py"
    # The log processor masks a secret by its key: every name R5 knows must be one it masks.
    assert [
        name
        for name in [*SECRET_FIELDS, *(f for _, _, f in BY_DESIGN)]
        if not SECRET_KEYS.search(name)
    ] == []
    assert not classified("recovery_token")


def test_canaries_are_told_apart_from_each_other_and_refused_values_are_refused() -> None:
    canaries = Canaries()
    digits = canaries.valid(Kind.DIGITS)
    too_long, not_digits = canaries.invalid(Kind.DIGITS)
    assert digits.isdigit()
    assert 4 <= len(digits) <= 8
    assert len(too_long) > 8
    assert not not_digits.isdigit()
    assert len(canaries.invalid(Kind.PASSWORD)[0]) < 10
    assert len(set(canaries.sent)) == len(canaries.sent) == 4
