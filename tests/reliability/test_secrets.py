"""R5: secrets sent to the API — 本人確認番号, passwords, API keys, tokens — and the keys that
protect them appear in no answer (success or error, body or header), no log line and no
plaintext column. Generated from the OpenAPI document, so a new operation is covered the day it
is added; the few answers that hand out a secret by design are listed in secret_fields.BY_DESIGN."""

from __future__ import annotations

import httpx
import pytest
from arq.connections import ArqRedis
from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from api.auth.passwords import hash_password
from api.config import Settings
from api.db import SessionMaker, set_tenant
from api.imports.tasks import import_file
from api.logs import configure_logging
from api.models.api_key import ApiKeyKind
from api.models.tenant import Tenant
from tests.fixtures.app import harness_app
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
    Canaries,
    Kind,
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
    "POST /api/v1/sites/{site_id}/workers": "the worker is on the site already (it has work days)",
    "DELETE /api/v1/sites/{site_id}/workers/{worker_id}": "the worker has work days there",
    "POST /api/v1/sites/{site_id}/ccus/register": "no CCUS runs beside this sweep (503, checked too)",
    "POST /api/v1/ccus/id-checks/{table}/{entity_id}": "the sweep's worker has no CCUS ID to check",
    # A canary is no token the server issued; the links' own flows: tests/accounts/test_links.py.
    "POST /api/v1/auth/invitations/accept": "the token is a canary, not an issued link",
    "POST /api/v1/auth/password-reset/confirm": "the token is a canary, not an issued link",
    "POST /api/v1/auth/email-change/confirm": "the token is a canary, not an issued link",
    "DELETE /api/v1/me/sessions/{session_id}": "the sweep's token is no login of that session",
    # The sweep's users have passwords: none is a pending invitation (tests/accounts/test_invitations.py).
    "POST /api/v1/users/invitations/{user_id}/resend": "the user has set a password already",
    "DELETE /api/v1/users/invitations/{user_id}": "the user has set a password already",
    # The operator API has its own key (tests/accounts/test_operator.py); none is set here.
    "GET /api/v1/operator/tenants": "no operator key in this sweep",
    "POST /api/v1/operator/tenants": "no operator key in this sweep",
    "POST /api/v1/operator/tenants/{code}/suspend": "no operator key in this sweep",
    "POST /api/v1/operator/tenants/{code}/resume": "no operator key in this sweep",
    "POST /api/v1/operator/tenants/{code}/admins": "no operator key in this sweep",
}


def _staff_app(
    settings: Settings, engine: AsyncEngine, sessionmaker: SessionMaker, redis: ArqRedis
) -> FastAPI:
    # DEBUG, so that every log line the sweep provokes is searched.
    return harness_app(
        settings.model_copy(update={"log_level": "DEBUG"}), engine, sessionmaker, redis
    )


async def _world(session: AsyncSession, settings: Settings) -> tuple[Tenant, World, str]:
    """A populated tenant, its admin (whose password is a canary) and a terminal key."""
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
    codes = {}
    for name, table in (("branch", "branches"), ("business", "businesses")):
        code = await session.execute(
            text(f"SELECT code FROM {table} WHERE id = :i"), {"i": ids[f"{name}_id"]}
        )
        codes[name] = code.scalar_one()
    await session.flush()
    staff = bearer(settings, admin)["Authorization"].split()[1]
    canaries.sent += [terminal_key, staff]
    return tenant, World(ids, admin.email, login, staff, codes, canaries), terminal_key


async def test_no_answer_header_or_log_line_carries_a_secret(
    settings: Settings,
    engine: AsyncEngine,
    sessionmaker: SessionMaker,
    redis: ArqRedis,
    session: AsyncSession,
    capsys: pytest.CaptureFixture[str],
) -> None:
    tenant, world, terminal_key = await _world(session, settings)
    canaries = world.canaries
    app = _staff_app(settings, engine, sessionmaker, redis)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://genba.test") as client:
        staff = {"Authorization": f"Bearer {world.token}"}
        sweep = Sweep(client, world, staff, {"X-API-Key": terminal_key})

        async def run_imports() -> None:
            for import_id in sweep.imports:
                await import_file(job_context(settings, sessionmaker, redis), tenant.id, import_id)

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
    stale = {a.operation for a in sweep.answers if a.label.endswith("(valid)") and a.status < 400}
    assert stale & set(REFUSED_BY_DESIGN) == set(), "no longer refused: drop from REFUSED_BY_DESIGN"
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
